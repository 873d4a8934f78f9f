import type { Metadata } from "next";
import Link from "next/link";
import { Button, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { listRounds } from "@/lib/data/rounds";
import { formatShortDate, todayInNorway } from "@/lib/domain/format";
import { ArchivePeriodForm } from "@/components/rounds/archive-period-form";

export const metadata: Metadata = { title: "Tillegg og planer" };

export default async function RoundsPage() {
  const actor = await requireActor();
  const rounds = await orNotFound(listRounds(actor));
  const today = todayInNorway().toISOString().slice(0, 10);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <Heading level={1} data-size="lg">
          Tillegg til tildelingsbrev
        </Heading>
        {can(actor, "round.write") && (
          <div className="flex flex-wrap gap-4">
            <Button asChild>
              <Link href="/runder/ny">
                Ny runde
              </Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href="/runder/importer">Importer sendt brev</Link>
            </Button>
          </div>
        )}
      </div>
      <Paragraph>Hver runde er ett tillegg sendt som brev til virksomhetene, med frist for handlingsplan.</Paragraph>
      {rounds.length === 0 ? (
        <Paragraph>Ingen runder ennå.</Paragraph>
      ) : (
        <Table zebra>
          <caption className="sr-only">Runder</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>Runde</TableHeaderCell>
              <TableHeaderCell>År</TableHeaderCell>
              <TableHeaderCell>Frist</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Brev</TableHeaderCell>
              <TableHeaderCell>Planer sendt inn</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rounds.map((r) => (
              <TableRow key={r.id}>
                <TableCell>
                  <Link href={`/runder/${r.id}`}>{r.title}</Link>
                </TableCell>
                <TableCell>{r.year}</TableCell>
                <TableCell>{formatShortDate(r.deadline)}</TableCell>
                <TableCell>{r.sentAt ? `Sendt ${formatShortDate(r.sentAt)}` : "Utkast, ikke sendt"}</TableCell>
                <TableCell>{r.letterCount}</TableCell>
                <TableCell>
                  {r.submittedCount} av {r.letterCount}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {can(actor, "archive.export") && <ArchivePeriodForm defaultFrom={`${today.slice(0, 8)}01`} defaultTo={today} />}
    </div>
  );
}
