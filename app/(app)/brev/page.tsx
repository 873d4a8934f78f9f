import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { PlanStatusTag } from "@/components/ui/status-tag";
import { requireActor } from "@/lib/auth/session";
import { listOwnLetters } from "@/lib/data/letters";
import { formatShortDate } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Brev og handlingsplan" };

export default async function InboxPage() {
  const actor = await requireActor();
  if (actor.organisationKind !== "AGENCY" || actor.role !== "AGENCY_HR") notFound();
  const letters = await listOwnLetters(actor);
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        Brev fra departementet
      </Heading>
      <Paragraph>Tillegg til tildelingsbrev til {actor.organisationName}, med handlingsplanen hvert brev ber om.</Paragraph>
      {letters.length === 0 ? (
        <Paragraph>Ingen brev ennå.</Paragraph>
      ) : (
        <Table zebra>
          <caption className="sr-only">Brev, nyeste først</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Brev</Table.HeaderCell>
              <Table.HeaderCell>Dato</Table.HeaderCell>
              <Table.HeaderCell>Frist</Table.HeaderCell>
              <Table.HeaderCell>Handlingsplan</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {letters.map((l) => {
              const plan = l.round.plans[0];
              return (
                <Table.Row key={l.id}>
                  <Table.Cell>
                    <Link href={`/brev/${l.id}`}>{l.title}</Link>{" "}
                    {l.status === "SENT" && <Tag data-color="info">Ulest</Tag>}
                  </Table.Cell>
                  <Table.Cell>{formatShortDate(l.date)}</Table.Cell>
                  <Table.Cell>{formatShortDate(l.deadline)}</Table.Cell>
                  <Table.Cell>
                    {plan ? (
                      <span className="flex flex-wrap items-center gap-2">
                        <PlanStatusTag status={plan.status} />
                        <Link href={`/planer/${plan.id}`}>Åpne handlingsplanen</Link>
                      </span>
                    ) : (
                      "–"
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
    </div>
  );
}
