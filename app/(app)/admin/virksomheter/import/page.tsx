import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { applyOrganisationFileAction, checkOrganisationFileAction } from "@/app/(app)/admin/virksomheter/actions";
import { OrganisationImportForm } from "@/components/admin/organisation-import-form";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { ORGANISATION_COLUMNS } from "@/lib/domain/organisation-import";

export const metadata: Metadata = { title: "Last inn virksomheter" };

export default async function OrganisationImportPage() {
  const actor = await requireActor();
  if (!can(actor, "organisation.manage")) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/virksomheter">← Virksomheter</Link>
      <Heading level={1} data-size="lg">
        Last inn virksomheter fra en fil
      </Heading>
      <Paragraph>
        Legg inn mange virksomheter på en gang, eller rett navn og adresser, fra en CSV-fil (semikolon eller komma) eller
        en Excel-fil. Filen kontrolleres først med de samme reglene som skjemaet, og alle feil vises per linje. Når filen er
        uten feil, lagres alle radene samlet: enten alle, eller ingen.
      </Paragraph>
      <Paragraph data-size="sm">
        Kolonner: {ORGANISATION_COLUMNS.map((c) => `«${c.header}»`).join(", ")}. En virksomhet som allerede er registrert
        med samme org.nr., får nytt navn, kortnavn og adresse fra filen. «Departement» er departementets org.nr. eller
        kortnavn, og kan stå tom for ditt eget. Skriv adressen på én linje med komma, for eksempel «Postboks 1404, 8002
        BODØ». En fil flytter aldri en virksomhet.{" "}
        <a href="/admin/virksomheter/mal.csv" download>
          Last ned malen med sektorens virksomheter (CSV)
        </a>
        .
      </Paragraph>
      <OrganisationImportForm check={checkOrganisationFileAction} apply={applyOrganisationFileAction} />
    </div>
  );
}
