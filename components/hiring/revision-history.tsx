import { Heading, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { formatDateTime } from "@/lib/domain/format";
import { revisionCounts } from "@/lib/domain/shares";
import { hiringTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

interface Report {
  year: number;
  revisions: { at: Date; actorName: string; reason: string; before: unknown; after: unknown }[];
}

const counts = (v: unknown, t: ReturnType<typeof textsIn<typeof hiringTexts.nb>>["history"]) => {
  const c = revisionCounts(v);
  if (!c) return "–";
  return t.counts(c.total, c.target, c.trainees);
};

/** Every change to the figures: who, when, from what to what, and why. */
export function RevisionHistory({ reports, locale }: { reports: Report[]; locale: Locale }) {
  const t = textsIn(hiringTexts, locale).history;
  const rows = reports.flatMap((r) => r.revisions.map((v) => ({ year: r.year, ...v }))).sort((a, b) => b.at.getTime() - a.at.getTime());
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="historikk" className="flex flex-col gap-4">
      <Heading level={2} data-size="md" id="historikk">
        {t.heading}
      </Heading>
      <Table zebra>
        <caption className="sr-only">{t.caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t.when}</TableHeaderCell>
            <TableHeaderCell>{t.year}</TableHeaderCell>
            <TableHeaderCell>{t.who}</TableHeaderCell>
            <TableHeaderCell>{t.before}</TableHeaderCell>
            <TableHeaderCell>{t.after}</TableHeaderCell>
            <TableHeaderCell>{t.reason}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r, i) => (
            <TableRow key={i}>
              <TableCell>{formatDateTime(r.at, locale)}</TableCell>
              <TableCell>{r.year}</TableCell>
              <TableCell>{r.actorName}</TableCell>
              <TableCell>{counts(r.before, t)}</TableCell>
              <TableCell>{counts(r.after, t)}</TableCell>
              <TableCell>{r.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
