import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { ownAgency } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { listMeetingOverview } from "@/lib/data/meetings";
import { formatShortDate } from "@/lib/domain/format";
import { meetingText as t } from "@/lib/i18n/meetings-nb";

export const metadata: Metadata = { title: "Etatsstyringsmøter" };

/** The governance meetings' records: an agency's own people go to their agency's list; the ministry and the audit office choose an agency. */
export default async function MeetingOverviewPage() {
  const actor = await requireActor();
  const agencies = await orNotFound(listMeetingOverview(actor));
  const own = ownAgency(actor, "meeting.read");
  if (own) redirect(`/virksomheter/${own}/moter`);
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t.title}
      </Heading>
      <Paragraph>Referater fra etatsstyringsmøtene mellom departementet og virksomhetene, med avtalte punkter og oppfølgingen av dem.</Paragraph>
      <Table data-size="sm">
        <caption className="sr-only">Virksomheter og deres etatsstyringsmøter</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">Virksomhet</TableHeaderCell>
            <TableHeaderCell scope="col">Fastsatte referater</TableHeaderCell>
            <TableHeaderCell scope="col">Siste møte</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {agencies.map((a) => (
            <TableRow key={a.id}>
              <TableHeaderCell scope="row">
                <Link href={`/virksomheter/${a.id}/moter`}>{a.name}</Link>
                {a.hasDraft && " (utkast)"}
              </TableHeaderCell>
              <TableCell>{a.finalised}</TableCell>
              <TableCell>{a.latestDate ? formatShortDate(a.latestDate) : "–"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
