import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@/components/ds/primitives";
import type { UserStatus } from "@/lib/domain/admin-queries";
import { formatDateTime } from "@/lib/domain/format";
import { adminTexts, adminUiTexts } from "@/lib/i18n/admin";
import { commonTexts } from "@/lib/i18n/common";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import type { Role } from "@/lib/access/grants";

const STATUS_COLOR: Record<UserStatus, "success" | "info" | "neutral"> = { active: "success", invited: "info", deactivated: "neutral" };

/** A user's status as a tag: the text says it, the colour only supports it. */
export async function UserStatusTag({ status }: { status: UserStatus }) {
  const t = await getTexts(adminTexts);
  return <Tag data-color={STATUS_COLOR[status]}>{t.userStatus[status]}</Tag>;
}

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: UserStatus;
  lastSignInAt: Date | null;
  organisation: { shortName: string; name: string };
}

export async function UserTable({ rows }: { rows: UserRow[] }) {
  const locale = await requestLocale();
  const t = textsIn(adminUiTexts, locale);
  const roles = textsIn(commonTexts, locale).roles;
  return (
    <Table zebra>
      <caption className="sr-only">{t.users.title}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t.common.name}</TableHeaderCell>
          <TableHeaderCell>{t.common.email}</TableHeaderCell>
          <TableHeaderCell>{t.common.role}</TableHeaderCell>
          <TableHeaderCell>{t.common.organisation}</TableHeaderCell>
          <TableHeaderCell>{t.common.status}</TableHeaderCell>
          <TableHeaderCell>{t.common.lastSignIn}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((u) => (
          <TableRow key={u.id}>
            <TableHeaderCell scope="row">
              <Link href={`/admin/brukere/${u.id}`}>{u.name}</Link>
            </TableHeaderCell>
            <TableCell>{u.email}</TableCell>
            <TableCell>{roles[u.role]}</TableCell>
            <TableCell>
              <abbr title={u.organisation.name} className="no-underline">
                {u.organisation.shortName}
              </abbr>
            </TableCell>
            <TableCell>
              <UserStatusTag status={u.status} />
            </TableCell>
            <TableCell>{u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale) : t.common.never}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
