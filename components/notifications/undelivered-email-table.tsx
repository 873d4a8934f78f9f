import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/auth/action";
import type { UndeliveredEmail } from "@/lib/data/outbox";
import { formatDateTime } from "@/lib/domain/format";
import { adminUiTexts } from "@/lib/i18n/admin";
import { textsIn } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";

interface Props {
  rows: UndeliveredEmail[];
  retry: (id: string) => Promise<ActionResult>;
}

/** E-mails that could not be sent, with their last error; each can be sent again. */
export async function UndeliveredEmailTable({ rows, retry }: Props) {
  const locale = await requestLocale();
  const t = textsIn(adminUiTexts, locale).mail;
  return (
    <Table zebra>
      <caption className="sr-only">{t.caption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t.recipient}</TableHeaderCell>
          <TableHeaderCell>{t.subject}</TableHeaderCell>
          <TableHeaderCell>{t.attempts}</TableHeaderCell>
          <TableHeaderCell>{t.lastError}</TableHeaderCell>
          <TableHeaderCell>{t.created}</TableHeaderCell>
          <TableHeaderCell>
            <span className="sr-only">{t.action}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((m) => (
          <TableRow key={m.id}>
            <TableCell>{m.to}</TableCell>
            <TableCell>{m.subject}</TableCell>
            <TableCell>{m.attempts}</TableCell>
            <TableCell className="break-words">{m.lastError}</TableCell>
            <TableCell>{formatDateTime(m.createdAt, locale)}</TableCell>
            <TableCell>
              <ActionButton action={retry} arg={m.id} label={t.retry} pendingLabel={t.retrying} variant="secondary" context={t.retryContext(m.to, m.subject)} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
