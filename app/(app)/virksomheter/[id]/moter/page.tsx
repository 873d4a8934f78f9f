import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { listMeetings } from "@/lib/data/meetings";
import { formatShortDate } from "@/lib/domain/format";
import { meetingText as t } from "@/lib/i18n/meetings-nb";

export const metadata: Metadata = { title: "Etatsstyringsmøter" };

/** One agency's governance meetings: finalised minutes for every reader, drafts for the ministry's advisers. */
export default async function MeetingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const list = await orNotFound(listMeetings(actor, id));
  return (
    <div className="flex flex-col gap-6">
      <Link href="/moter">← {t.title}</Link>
      <Heading level={1} data-size="lg">
        {t.title} – {list.agency.name}
      </Heading>
      {can(actor, "followup.read") && can(actor, "plan.read") && (
        <Paragraph>
          <Link href={`/virksomheter/${list.agency.id}/styringsmote`}>{t.actions.brief}</Link> (plan, tall og oppfølging av sektorplanen på én side)
        </Paragraph>
      )}
      {list.canWrite &&
        (list.hasDraft ? (
          <Paragraph>Det finnes et utkast til referat. Fullfør det før du lager et nytt.</Paragraph>
        ) : (
          <Paragraph>
            <Link href={`/virksomheter/${list.agency.id}/moter/ny`}>{t.newMeeting}</Link>
          </Paragraph>
        ))}
      {list.meetings.length === 0 ? (
        <Paragraph>{list.canWrite ? "Ingen møter er ført ennå." : "Ingen referater er fastsatt ennå."}</Paragraph>
      ) : (
        <Table data-size="sm">
          <caption className="sr-only">Møter med {list.agency.name}, det nyeste først</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">Møte</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Avtalte punkter</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {list.meetings.map((m) => (
              <TableRow key={m.id}>
                <TableHeaderCell scope="row">
                  <Link href={`/virksomheter/${list.agency.id}/moter/${m.id}`}>{t.meetingTitle(m.date)}</Link>
                </TableHeaderCell>
                <TableCell>{m.status === "FINAL" && m.finalisedAt ? t.finalisedAt(formatShortDate(m.finalisedAt)) : t.statuses[m.status]}</TableCell>
                <TableCell>{m.points}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
