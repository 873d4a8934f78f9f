import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import { PlanStatusTag } from "@/components/ui/status-tag";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getRoundOverview } from "@/lib/data/rounds";
import { isVisibleOutsideAgency } from "@/lib/domain/plan";
import { daysUntil, formatDateTime, formatShortDate, todayInNorway } from "@/lib/domain/format";
import { nb } from "@/lib/i18n/nb";

export const metadata: Metadata = { title: "Runde" };

export default async function RoundPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const today = todayInNorway();
  const round = await orNotFound(getRoundOverview(actor, id, today));
  const overdue = round.rows.filter((r) => r.overdue).length;
  const days = daysUntil(round.deadline, today);
  return (
    <div className="flex flex-col gap-6">
      <Link href="/runder">← Alle runder</Link>
      <Heading level={1} data-size="lg">
        {round.title} ({round.year})
      </Heading>
      <Paragraph>
        Frist for handlingsplan: <strong>{formatShortDate(round.deadline)}</strong>{" "}
        {days >= 0 ? `(om ${days} dager)` : `(${-days} dager siden)`}. {round.rows.length} virksomheter,{" "}
        {overdue} med plan på overtid.
      </Paragraph>
      <Table zebra>
        <caption className="sr-only">Virksomhetene i runden, med brev og status for handlingsplan</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Virksomhet</TableHeaderCell>
            <TableHeaderCell>Brev</TableHeaderCell>
            <TableHeaderCell>Vår ref</TableHeaderCell>
            <TableHeaderCell>Brevstatus</TableHeaderCell>
            <TableHeaderCell>Handlingsplan</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {round.rows.map((row) => (
            <TableRow key={row.agencyId}>
              <TableHeaderCell scope="row">{row.agencyName}</TableHeaderCell>
              <TableCell>
                <Link href={`/brev/${row.letterId}`}>
                  {row.letterNumber}
                  <span className="sr-only"> til {row.agencyShortName}</span>
                </Link>
              </TableCell>
              <TableCell>{row.ourRef}</TableCell>
              <TableCell>
                {nb.letterStatus[row.letterStatus]}
                {row.readAt ? ` ${formatDateTime(row.readAt)}` : ""}
              </TableCell>
              <TableCell>
                <span className="flex flex-wrap items-center gap-2">
                  {row.planId && isVisibleOutsideAgency(row.planStatus) ? (
                    <Link href={`/planer/${row.planId}`}>
                      <PlanStatusTag status={row.planStatus} />
                      <span className="sr-only"> – les planen til {row.agencyShortName}</span>
                    </Link>
                  ) : (
                    <PlanStatusTag status={row.planStatus} />
                  )}
                  {row.overdue && <Tag data-color="danger">Over fristen</Tag>}
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
