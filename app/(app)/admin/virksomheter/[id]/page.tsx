import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { moveAgencyAction, updateAgencyAction } from "@/app/(app)/admin/virksomheter/actions";
import { AgencyForm } from "@/components/admin/agency-form";
import { MoveAgencyForm } from "@/components/admin/move-agency-form";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { formatOrgNumber } from "@/lib/documents/letter-text";
import { getAgencyForAdmin, listMinistries } from "@/lib/data/organisations";
import { adminUiTexts } from "@/lib/i18n/admin";
import { getTexts } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(adminUiTexts)).agency.title };
}

export default async function AgencyAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "organisation.manage")) notFound();
  const { id } = await params;
  const [agency, ministries] = await Promise.all([orNotFound(getAgencyForAdmin(actor, id)), listMinistries()]);
  const { counts } = agency;
  const ui = await getTexts(adminUiTexts);
  const t = ui.agency;
  return (
    <div className="flex flex-col gap-8">
      <Link href="/admin/virksomheter">{ui.common.backToAgencies}</Link>
      <Heading level={1} data-size="lg">
        {agency.name}
      </Heading>
      <Paragraph>{t.summary(formatOrgNumber(agency.orgNumber), agency.parent?.name ?? "", agency.users)}</Paragraph>

      <section aria-labelledby="endre" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="endre">
          {t.nameAndAddress}
        </Heading>
        <AgencyForm agency={agency} action={updateAgencyAction} />
      </section>

      <section aria-labelledby="flytt" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="flytt">
          {t.moveHeading}
        </Heading>
        <Paragraph>
          {t.moveIntro(counts.plans, counts.letters, counts.reports)}
          {counts.draftLetters > 0 && t.draftsDeleted(counts.draftLetters)}
        </Paragraph>
        <MoveAgencyForm
          agency={{ id: agency.id, name: agency.name, parentId: agency.parentId }}
          ministries={ministries}
          draftLetters={counts.draftLetters}
          action={moveAgencyAction}
        />
        {ministries.length < 2 && (
          <Paragraph data-size="sm">
            {t.noOtherMinistryBefore}
            <code>npm run admin</code>
            {t.noOtherMinistryAfter}
          </Paragraph>
        )}
      </section>
    </div>
  );
}
