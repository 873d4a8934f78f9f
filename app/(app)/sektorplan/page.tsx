import type { Metadata } from "next";
import Link from "next/link";
import { Details, DetailsContent, DetailsSummary, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { NewSectorPlanForm } from "@/components/sector-plan/new-sector-plan-form";
import { SectorPlanStateTag } from "@/components/sector-plan/tags";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { listSectorPlans } from "@/lib/data/sector-plans";
import { formatShortDate, todayInNorway } from "@/lib/domain/format";
import { createSectorPlanAction } from "./actions";

export const metadata: Metadata = { title: "Sektorplan" };

export default async function SectorPlansPage() {
  const actor = await requireActor();
  const plans = await orNotFound(listSectorPlans(actor));
  const mayWrite = can(actor, "sectorplan.write");
  const nextYear = Math.max(todayInNorway().getUTCFullYear(), ...plans.map((p) => p.year + 1));
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        Sektorplan for inkluderingsdugnaden
      </Heading>
      <Paragraph>
        Departementets handlingsplan for sektoren, laget på grunnlag av virksomhetenes planer. Virksomhetene rapporterer på
        hvert tiltak, og planen følges opp i etatsstyringsmøtene.
      </Paragraph>
      {plans.length === 0 ? (
        <Paragraph>Ingen sektorplan er publisert ennå.</Paragraph>
      ) : (
        <Table zebra>
          <caption className="sr-only">Sektorplaner</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>År</TableHeaderCell>
              <TableHeaderCell>Plan</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Gjeldende versjon</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {plans.map((p) => (
              <TableRow key={p.id}>
                <TableCell>{p.year}</TableCell>
                <TableCell>
                  <Link href={`/sektorplan/${p.id}`}>{p.title || `Sektorplan ${p.year}`}</Link>
                </TableCell>
                <TableCell>
                  <SectorPlanStateTag state={p.state} />
                </TableCell>
                <TableCell>
                  {p.latestNumber && p.publishedAt ? `Versjon ${p.latestNumber}, publisert ${formatShortDate(p.publishedAt)}` : "Ikke publisert"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {mayWrite && (
        <Details>
          <DetailsSummary>Ny sektorplan</DetailsSummary>
          <DetailsContent>
            <NewSectorPlanForm year={nextYear} create={createSectorPlanAction} />
          </DetailsContent>
        </Details>
      )}
    </div>
  );
}
