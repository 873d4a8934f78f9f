import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import type { UserStatus } from "@/lib/domain/admin-queries";
import { formatDateTime } from "@/lib/domain/format";
import { adminText as t } from "@/lib/i18n/admin-nb";
import { nb } from "@/lib/i18n/nb";
import type { Role } from "@/lib/access/grants";

const STATUS_COLOR: Record<UserStatus, "success" | "info" | "neutral"> = { active: "success", invited: "info", deactivated: "neutral" };

/** A user's status as a tag: the text says it, the colour only supports it. */
export function UserStatusTag({ status }: { status: UserStatus }) {
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

export function UserTable({ rows }: { rows: UserRow[] }) {
  return (
    <Table zebra>
      <caption className="sr-only">Brukere</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>Navn</TableHeaderCell>
          <TableHeaderCell>E-post</TableHeaderCell>
          <TableHeaderCell>Rolle</TableHeaderCell>
          <TableHeaderCell>Virksomhet</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Sist innlogget</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((u) => (
          <TableRow key={u.id}>
            <TableHeaderCell scope="row">
              <Link href={`/admin/brukere/${u.id}`}>{u.name}</Link>
            </TableHeaderCell>
            <TableCell>{u.email}</TableCell>
            <TableCell>{nb.roles[u.role]}</TableCell>
            <TableCell>
              <abbr title={u.organisation.name} className="no-underline">
                {u.organisation.shortName}
              </abbr>
            </TableCell>
            <TableCell>
              <UserStatusTag status={u.status} />
            </TableCell>
            <TableCell>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : "Aldri"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
