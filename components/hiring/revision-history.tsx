import { Heading, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { formatDateTime } from "@/lib/domain/format";
import { revisionCounts } from "@/lib/domain/shares";

interface Report {
  year: number;
  revisions: { at: Date; actorName: string; reason: string; before: unknown; after: unknown }[];
}

const counts = (v: unknown) => {
  const c = revisionCounts(v);
  if (!c) return "–";
  return `${c.total} nytilsatte, ${c.target} i målgruppen${c.trainees > 0 ? ` (av dem ${c.trainees} ${c.trainees === 1 ? "trainee" : "traineer"})` : ""}`;
};

/** Every change to the figures: who, when, from what to what, and why. */
export function RevisionHistory({ reports }: { reports: Report[] }) {
  const rows = reports.flatMap((r) => r.revisions.map((v) => ({ year: r.year, ...v }))).sort((a, b) => b.at.getTime() - a.at.getTime());
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="historikk" className="flex flex-col gap-4">
      <Heading level={2} data-size="md" id="historikk">
        Endringshistorikk
      </Heading>
      <Table zebra>
        <caption className="sr-only">Endringer i tallene, nyeste først</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Når</TableHeaderCell>
            <TableHeaderCell>År</TableHeaderCell>
            <TableHeaderCell>Hvem</TableHeaderCell>
            <TableHeaderCell>Før</TableHeaderCell>
            <TableHeaderCell>Etter</TableHeaderCell>
            <TableHeaderCell>Begrunnelse</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r, i) => (
            <TableRow key={i}>
              <TableCell>{formatDateTime(r.at)}</TableCell>
              <TableCell>{r.year}</TableCell>
              <TableCell>{r.actorName}</TableCell>
              <TableCell>{counts(r.before)}</TableCell>
              <TableCell>{counts(r.after)}</TableCell>
              <TableCell>{r.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
