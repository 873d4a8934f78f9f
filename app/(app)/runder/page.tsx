import type { Metadata } from "next";
import Link from "next/link";
import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/auth/page";
import { listRounds } from "@/lib/data/rounds";
import { formatShortDate } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Tillegg og planer" };

export default async function RoundsPage() {
  const actor = await requireActor();
  const rounds = await orNotFound(listRounds(actor));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <Heading level={1} data-size="lg">
          Tillegg til tildelingsbrev
        </Heading>
        {can(actor.role, "round:create") && (
          <Button asChild>
            <Link href="/runder/ny">
              Ny runde
            </Link>
          </Button>
        )}
      </div>
      <Paragraph>Hver runde er ett tillegg sendt som brev til virksomhetene, med frist for handlingsplan.</Paragraph>
      {rounds.length === 0 ? (
        <Paragraph>Ingen runder ennå.</Paragraph>
      ) : (
        <Table zebra>
          <caption className="sr-only">Runder</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Runde</Table.HeaderCell>
              <Table.HeaderCell>År</Table.HeaderCell>
              <Table.HeaderCell>Frist</Table.HeaderCell>
              <Table.HeaderCell>Brev</Table.HeaderCell>
              <Table.HeaderCell>Planer sendt inn</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rounds.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>
                  <Link href={`/runder/${r.id}`}>{r.title}</Link>
                </Table.Cell>
                <Table.Cell>{r.year}</Table.Cell>
                <Table.Cell>{formatShortDate(r.deadline)}</Table.Cell>
                <Table.Cell>{r.letterCount}</Table.Cell>
                <Table.Cell>
                  {r.submittedCount} av {r.letterCount}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  );
}
