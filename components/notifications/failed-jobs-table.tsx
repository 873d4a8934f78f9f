import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import type { FailedJob } from "@/lib/data/outbox";
import { formatDateTime } from "@/lib/domain/format";

const QUEUE_LABELS: Record<string, string> = { reminders: "Påminnelser (hver morgen)", digest: "Daglige sammendrag" };

/** Daily background jobs that failed after all their tries. */
export function FailedJobsTable({ rows }: { rows: FailedJob[] }) {
  return (
    <Table zebra>
      <caption className="sr-only">Bakgrunnsjobber som feilet</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>Jobb</TableHeaderCell>
          <TableHeaderCell>Feilet</TableHeaderCell>
          <TableHeaderCell>Feil</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((j) => (
          <TableRow key={j.id}>
            <TableCell>{QUEUE_LABELS[j.queue] ?? j.queue}</TableCell>
            <TableCell>{formatDateTime(j.failedAt)}</TableCell>
            <TableCell>{j.error || "–"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
