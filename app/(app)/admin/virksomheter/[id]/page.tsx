import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { moveAgencyAction, updateAgencyAction } from "@/app/(app)/admin/virksomheter/actions";
import { AgencyForm } from "@/components/admin/agency-form";
import { MoveAgencyForm } from "@/components/admin/move-agency-form";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { formatOrgNumber } from "@/lib/documents/letter-text";
import { getAgencyForAdmin, listMinistries } from "@/lib/data/organisations";

export const metadata: Metadata = { title: "Virksomhet" };

export default async function AgencyAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "organisation.manage")) notFound();
  const { id } = await params;
  const [agency, ministries] = await Promise.all([orNotFound(getAgencyForAdmin(actor, id)), listMinistries()]);
  const { counts } = agency;
  return (
    <div className="flex flex-col gap-8">
      <Link href="/admin/virksomheter">← Virksomheter</Link>
      <Heading level={1} data-size="lg">
        {agency.name}
      </Heading>
      <Paragraph>
        Org.nr. {formatOrgNumber(agency.orgNumber)}, under {agency.parent?.name}. {agency.users} brukere.
      </Paragraph>

      <section aria-labelledby="endre" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="endre">
          Navn og adresse
        </Heading>
        <AgencyForm agency={agency} action={updateAgencyAction} />
      </section>

      <section aria-labelledby="flytt" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="flytt">
          Flytt til et annet departement
        </Heading>
        <Paragraph>
          Når sektorene endres (for eksempel da KMD ble KDD i 2022), flytter du virksomheten til det nye departementet.
          Alt følger med: {counts.plans} handlingsplaner, {counts.letters} mottatte brev og tall for {counts.reports} år,
          og samtykker til å slå sammen år. Det nye departementet ser det fra da av, og ditt departement ser det ikke
          lenger. Brevene står fortsatt som sendt fra ditt departement.
          {counts.draftLetters > 0 && ` ${counts.draftLetters} brevutkast til virksomheten som ikke er sendt, blir slettet.`}
        </Paragraph>
        <MoveAgencyForm
          agency={{ id: agency.id, name: agency.name, parentId: agency.parentId }}
          ministries={ministries}
          draftLetters={counts.draftLetters}
          action={moveAgencyAction}
        />
        {ministries.length < 2 && <Paragraph data-size="sm">Det finnes ikke noe annet departement ennå. Nye departementer legges inn med <code>npm run admin</code>.</Paragraph>}
      </section>
    </div>
  );
}
