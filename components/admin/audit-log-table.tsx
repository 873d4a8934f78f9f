import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import type { AuditLogRow } from "@/lib/data/audit-log";
import { formatDateTime } from "@/lib/domain/format";

/** The audit log's rows: when, who, what, which organisation, and a summary of the change. */
export function AuditLogTable({ rows }: { rows: AuditLogRow[] }) {
  return (
    <Table zebra>
      <caption className="sr-only">Hendelser i loggen, nyeste først</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>Tidspunkt</TableHeaderCell>
          <TableHeaderCell>Hvem</TableHeaderCell>
          <TableHeaderCell>Hendelse</TableHeaderCell>
          <TableHeaderCell>Gjelder</TableHeaderCell>
          <TableHeaderCell>Endring</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id}>
            <TableCell className="whitespace-nowrap">{formatDateTime(r.at)}</TableCell>
            <TableCell>
              {r.who}
              {r.whoOrganisation && <span className="block text-sm">{r.whoOrganisation}</span>}
            </TableCell>
            <TableCell>{r.what}</TableCell>
            <TableCell>{r.subject ?? "–"}</TableCell>
            <TableCell>
              {r.details.length === 0 ? (
                "–"
              ) : r.details.length === 1 ? (
                r.details[0]
              ) : (
                <ul className="list-none p-0">
                  {r.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
