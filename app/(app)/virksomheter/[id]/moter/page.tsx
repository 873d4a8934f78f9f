import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { listMeetings } from "@/lib/data/meetings";
import { formatShortDate } from "@/lib/domain/format";
import { meetingPageTexts, meetingTexts } from "@/lib/i18n/meetings";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(meetingTexts)).title };
}

/** One agency's governance meetings: finalised minutes for every reader, drafts for the ministry's advisers. */
export default async function MeetingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const list = await orNotFound(listMeetings(actor, id));
  const locale = await requestLocale();
  const t = textsIn(meetingTexts, locale);
  const p = textsIn(meetingPageTexts, locale).list;
  return (
    <div className="flex flex-col gap-6">
      <Link href="/moter">← {t.title}</Link>
      <Heading level={1} data-size="lg">
        {t.title} – {list.agency.name}
      </Heading>
      {can(actor, "followup.read") && can(actor, "plan.read") && (
        <Paragraph>
          <Link href={`/virksomheter/${list.agency.id}/styringsmote`}>{t.actions.brief}</Link>
          {p.briefNote}
        </Paragraph>
      )}
      {list.canWrite &&
        (list.hasDraft ? (
          <Paragraph>{p.draftExists}</Paragraph>
        ) : (
          <Paragraph>
            <Link href={`/virksomheter/${list.agency.id}/moter/ny`}>{t.newMeeting}</Link>
          </Paragraph>
        ))}
      {list.meetings.length === 0 ? (
        <Paragraph>{list.canWrite ? p.noMeetings : p.noMinutes}</Paragraph>
      ) : (
        <Table data-size="sm">
          <caption className="sr-only">{p.caption(list.agency.name)}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{p.columns.meeting}</TableHeaderCell>
              <TableHeaderCell scope="col">{p.columns.status}</TableHeaderCell>
              <TableHeaderCell scope="col">{p.columns.points}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {list.meetings.map((m) => (
              <TableRow key={m.id}>
                <TableHeaderCell scope="row">
                  <Link href={`/virksomheter/${list.agency.id}/moter/${m.id}`}>{t.meetingTitle(m.date)}</Link>
                </TableHeaderCell>
                <TableCell>{m.status === "FINAL" && m.finalisedAt ? t.finalisedAt(formatShortDate(m.finalisedAt, locale)) : t.statuses[m.status]}</TableCell>
                <TableCell>{m.points}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
