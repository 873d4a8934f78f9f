import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { createAgencyAction } from "@/app/(app)/admin/virksomheter/actions";
import { AgencyForm } from "@/components/admin/agency-form";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { formatOrgNumber } from "@/lib/documents/letter-text";
import { listSectorOrganisations } from "@/lib/data/organisations";

export const metadata: Metadata = { title: "Virksomheter" };

export default async function OrganisationsPage() {
  const actor = await requireActor();
  if (!can(actor, "organisation.manage")) notFound();
  const { ministry, agencies, auditOffices } = await listSectorOrganisations(actor);
  return (
    <div className="flex flex-col gap-8">
      <Heading level={1} data-size="lg">
        Virksomheter i sektoren
      </Heading>
      <Paragraph>
        {ministry?.name} og virksomhetene under departementet. Legg til en virksomhet, endre navn eller adresse, eller flytt
        en virksomhet til et annet departement når sektorene endres. Brev, handlingsplaner og tall følger virksomheten.
      </Paragraph>
      <Paragraph data-size="sm">
        {auditOffices.length
          ? `${auditOffices.map((o) => o.name).join(" og ")} reviderer sektoren og kan lese brev, planer, tall og loggen.`
          : "Ingen revisjon har innsyn i sektoren."}{" "}
        Hvilke sektorer Riksrevisjonen har innsyn i, og nye departementer, endres av driftsansvarlig med kommandoen{" "}
        <code>npm run admin</code>.
      </Paragraph>

      <section aria-labelledby="liste" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="liste">
          {agencies.length} underliggende virksomheter
        </Heading>
        <Table zebra>
          <caption className="sr-only">Virksomhetene under {ministry?.name}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>Navn</TableHeaderCell>
              <TableHeaderCell>Kortnavn</TableHeaderCell>
              <TableHeaderCell>Org.nr.</TableHeaderCell>
              <TableHeaderCell>Postadresse</TableHeaderCell>
              <TableHeaderCell>Brukere</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {agencies.map((a) => (
              <TableRow key={a.id}>
                <TableHeaderCell scope="row">
                  <Link href={`/admin/virksomheter/${a.id}`}>{a.name}</Link>
                </TableHeaderCell>
                <TableCell>{a.shortName}</TableCell>
                <TableCell className="whitespace-nowrap">{formatOrgNumber(a.orgNumber)}</TableCell>
                <TableCell>{a.postalAddress.split("\n").join(", ")}</TableCell>
                <TableCell>
                  <Link href={`/admin/brukere?virksomhet=${a.id}`} aria-label={`${a.users} brukere i ${a.name}`}>
                    {a.users}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Paragraph data-size="sm">
          <Link href="/admin/virksomheter/import">Last inn virksomheter fra en fil (CSV eller Excel)</Link>
        </Paragraph>
      </section>

      <section aria-labelledby="ny" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="ny">
          Legg til virksomhet
        </Heading>
        <AgencyForm action={createAgencyAction} />
      </section>
    </div>
  );
}
