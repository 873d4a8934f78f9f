import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import type { FailedJob } from "@/lib/data/outbox";
import { formatDateTime } from "@/lib/domain/format";
import { adminUiTexts } from "@/lib/i18n/admin";
import { textsIn } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";

/** Daily background jobs that failed after all their tries. */
export async function FailedJobsTable({ rows }: { rows: FailedJob[] }) {
  const locale = await requestLocale();
  const t = textsIn(adminUiTexts, locale).mail;
  return (
    <Table zebra>
      <caption className="sr-only">{t.jobsCaption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t.job}</TableHeaderCell>
          <TableHeaderCell>{t.failed}</TableHeaderCell>
          <TableHeaderCell>{t.error}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((j) => (
          <TableRow key={j.id}>
            <TableCell>{t.queues[j.queue] ?? j.queue}</TableCell>
            <TableCell>{formatDateTime(j.failedAt, locale)}</TableCell>
            <TableCell>{j.error || "–"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
