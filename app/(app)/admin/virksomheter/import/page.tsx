import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { applyOrganisationFileAction, checkOrganisationFileAction } from "@/app/(app)/admin/virksomheter/actions";
import { OrganisationImportForm } from "@/components/admin/organisation-import-form";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { ORGANISATION_COLUMNS } from "@/lib/domain/organisation-import";
import { adminUiTexts } from "@/lib/i18n/admin";
import { getTexts } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(adminUiTexts)).import.title };
}

export default async function OrganisationImportPage() {
  const actor = await requireActor();
  if (!can(actor, "organisation.manage")) notFound();
  const ui = await getTexts(adminUiTexts);
  const t = ui.import;
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/virksomheter">{ui.common.backToAgencies}</Link>
      <Heading level={1} data-size="lg">
        {t.heading}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      <Paragraph data-size="sm">
        {t.columns(ORGANISATION_COLUMNS.map((c) => c.header))}{" "}
        <a href="/admin/virksomheter/mal.csv" download>
          {t.template}
        </a>
        .
      </Paragraph>
      <OrganisationImportForm check={checkOrganisationFileAction} apply={applyOrganisationFileAction} />
    </div>
  );
}
