import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import type { AuditLogRow } from "@/lib/data/audit-log";
import { formatDateTime } from "@/lib/domain/format";
import { adminUiTexts } from "@/lib/i18n/admin";
import { textsIn } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";

/** The audit log's rows: when, who, what, which organisation, and a summary of the change. */
export async function AuditLogTable({ rows }: { rows: AuditLogRow[] }) {
  const locale = await requestLocale();
  const t = textsIn(adminUiTexts, locale).log;
  return (
    <Table zebra>
      <caption className="sr-only">{t.caption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t.when}</TableHeaderCell>
          <TableHeaderCell>{t.who}</TableHeaderCell>
          <TableHeaderCell>{t.event}</TableHeaderCell>
          <TableHeaderCell>{t.concerns}</TableHeaderCell>
          <TableHeaderCell>{t.change}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id}>
            <TableCell className="whitespace-nowrap">{formatDateTime(r.at, locale)}</TableCell>
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
