import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import { PlanStatusTag } from "@/components/ui/status-tag";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { listOwnLetters } from "@/lib/data/letters";
import { formatShortDate } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Brev og handlingsplan" };

export default async function InboxPage() {
  const actor = await requireActor();
  if (actor.organisationKind !== "AGENCY" || !can(actor, "letter.read")) notFound();
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
          <TableHead>
            <TableRow>
              <TableHeaderCell>Brev</TableHeaderCell>
              <TableHeaderCell>Dato</TableHeaderCell>
              <TableHeaderCell>Frist</TableHeaderCell>
              <TableHeaderCell>Handlingsplan</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {letters.map((l) => {
              const plan = l.round.plans[0];
              return (
                <TableRow key={l.id}>
                  <TableCell>
                    <Link href={`/brev/${l.id}`}>{l.title}</Link>{" "}
                    {l.status === "SENT" && <Tag data-color="info">Ulest</Tag>}
                  </TableCell>
                  <TableCell>{formatShortDate(l.date)}</TableCell>
                  <TableCell>{formatShortDate(l.deadline)}</TableCell>
                  <TableCell>
                    {plan ? (
                      <span className="flex flex-wrap items-center gap-2">
                        <PlanStatusTag status={plan.status} />
                        <Link href={`/planer/${plan.id}`}>Åpne handlingsplanen</Link>
                      </span>
                    ) : (
                      "–"
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
