import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { ownAgency } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { listMeetingOverview } from "@/lib/data/meetings";
import { formatShortDate } from "@/lib/domain/format";
import { meetingPageTexts, meetingTexts } from "@/lib/i18n/meetings";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(meetingTexts)).title };
}

/** The governance meetings' records: an agency's own people go to their agency's list; the ministry and the audit office choose an agency. */
export default async function MeetingOverviewPage() {
  const actor = await requireActor();
  const agencies = await orNotFound(listMeetingOverview(actor));
  const own = ownAgency(actor, "meeting.read");
  if (own) redirect(`/virksomheter/${own}/moter`);
  const locale = await requestLocale();
  const t = textsIn(meetingTexts, locale);
  const p = textsIn(meetingPageTexts, locale).overview;
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t.title}
      </Heading>
      <Paragraph>{p.intro}</Paragraph>
      <Table data-size="sm">
        <caption className="sr-only">{p.caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{p.columns.agency}</TableHeaderCell>
            <TableHeaderCell scope="col">{p.columns.finalised}</TableHeaderCell>
            <TableHeaderCell scope="col">{p.columns.latest}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {agencies.map((a) => (
            <TableRow key={a.id}>
              <TableHeaderCell scope="row">
                <Link href={`/virksomheter/${a.id}/moter`}>{a.name}</Link>
                {a.hasDraft && p.hasDraft}
              </TableHeaderCell>
              <TableCell>{a.finalised}</TableCell>
              <TableCell>{a.latestDate ? formatShortDate(a.latestDate, locale) : "–"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
