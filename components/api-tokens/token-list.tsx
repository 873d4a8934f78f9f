import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/auth/action";
import type { OwnApiToken } from "@/lib/data/api-tokens";
import { formatDateTime, formatShortDate } from "@/lib/domain/format";
import { apiTexts } from "@/lib/i18n/api";
import { textsIn } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";

interface Props {
  tokens: OwnApiToken[];
  revoke: (tokenId: string) => Promise<ActionResult>;
}

/** One's tokens: name, scopes, dates, status, and revoking an active one. */
export async function TokenList({ tokens, revoke }: Props) {
  const locale = await requestLocale();
  const t = textsIn(apiTexts, locale);
  if (tokens.length === 0) return <Paragraph>{t.list.empty}</Paragraph>;
  return (
    <Table>
      <caption className="sr-only">{t.list.caption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t.list.name}</TableHeaderCell>
          <TableHeaderCell>{t.list.scopes}</TableHeaderCell>
          <TableHeaderCell>{t.list.created}</TableHeaderCell>
          <TableHeaderCell>{t.list.expires}</TableHeaderCell>
          <TableHeaderCell>{t.list.lastUsed}</TableHeaderCell>
          <TableHeaderCell>{t.list.status}</TableHeaderCell>
          <TableHeaderCell>{t.list.actions}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tokens.map((token) => (
          <TableRow key={token.id}>
            <TableCell>
              {token.name}
              <br />
              <code className="text-sm">{token.prefix}…</code>
            </TableCell>
            <TableCell>{token.scopes.join(", ")}</TableCell>
            <TableCell>{formatShortDate(token.createdAt, locale)}</TableCell>
            <TableCell>{formatShortDate(token.expiresAt, locale)}</TableCell>
            <TableCell>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t.list.never}</TableCell>
            <TableCell>{t.statuses[token.status]}</TableCell>
            <TableCell>
              {token.status === "active" && (
                <ActionButton
                  action={revoke}
                  arg={token.id}
                  label={t.list.revoke}
                  pendingLabel={t.list.pending}
                  variant="secondary"
                  confirm={t.list.revokeConfirm(token.name)}
                  context={token.name}
                />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
