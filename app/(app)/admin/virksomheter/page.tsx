import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { createAgencyAction } from "@/app/(app)/admin/virksomheter/actions";
import { AgencyForm } from "@/components/admin/agency-form";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { formatOrgNumber } from "@/lib/documents/letter-text";
import { listSectorOrganisations } from "@/lib/data/organisations";
import { adminUiTexts } from "@/lib/i18n/admin";
import { getTexts } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(adminUiTexts)).agencies.title };
}

export default async function OrganisationsPage() {
  const actor = await requireActor();
  if (!can(actor, "organisation.manage")) notFound();
  const { ministry, agencies, auditOffices } = await listSectorOrganisations(actor);
  const ui = await getTexts(adminUiTexts);
  const t = ui.agencies;
  return (
    <div className="flex flex-col gap-8">
      <Heading level={1} data-size="lg">
        {t.heading}
      </Heading>
      <Paragraph>{t.intro(ministry?.name ?? "")}</Paragraph>
      <Paragraph data-size="sm">
        {auditOffices.length ? t.auditors(auditOffices.map((o) => o.name)) : t.noAuditor} {t.cliBefore}
        <code>npm run admin</code>
        {t.cliAfter}
      </Paragraph>

      <section aria-labelledby="liste" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="liste">
          {t.count(agencies.length)}
        </Heading>
        <Table zebra>
          <caption className="sr-only">{t.caption(ministry?.name ?? "")}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{ui.common.name}</TableHeaderCell>
              <TableHeaderCell>{t.shortName}</TableHeaderCell>
              <TableHeaderCell>{t.orgNumber}</TableHeaderCell>
              <TableHeaderCell>{t.postalAddress}</TableHeaderCell>
              <TableHeaderCell>{t.users}</TableHeaderCell>
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
                  <Link href={`/admin/brukere?virksomhet=${a.id}`} aria-label={t.usersIn(a.users, a.name)}>
                    {a.users}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Paragraph data-size="sm">
          <Link href="/admin/virksomheter/import">{t.importLink}</Link>
        </Paragraph>
      </section>

      <section aria-labelledby="ny" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="ny">
          {t.add}
        </Heading>
        <AgencyForm action={createAgencyAction} />
      </section>
    </div>
  );
}
