import type { Metadata } from "next";
import Link from "next/link";
import { Details, DetailsContent, DetailsSummary } from "@/components/ds/details";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { NewSectorPlanForm } from "@/components/sector-plan/new-sector-plan-form";
import { SectorPlanStateTag } from "@/components/sector-plan/tags";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { listSectorPlans } from "@/lib/data/sector-plans";
import { formatShortDate, todayInNorway } from "@/lib/domain/format";
import { textsIn } from "@/lib/i18n/messages";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { createSectorPlanAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(sectorPlanUiTexts)).list.title };
}

export default async function SectorPlansPage() {
  const actor = await requireActor();
  const plans = await orNotFound(listSectorPlans(actor));
  const mayWrite = can(actor, "sectorplan.write");
  const locale = await requestLocale();
  const t = textsIn(sectorPlanUiTexts, locale).list;
  const nextYear = Math.max(todayInNorway().getUTCFullYear(), ...plans.map((p) => p.year + 1));
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t.heading}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      {plans.length === 0 ? (
        <Paragraph>{t.none}</Paragraph>
      ) : (
        <Table zebra>
          <caption className="sr-only">{t.caption}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t.year}</TableHeaderCell>
              <TableHeaderCell>{t.plan}</TableHeaderCell>
              <TableHeaderCell>{t.status}</TableHeaderCell>
              <TableHeaderCell>{t.currentVersion}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {plans.map((p) => (
              <TableRow key={p.id}>
                <TableCell>{p.year}</TableCell>
                <TableCell>
                  <Link href={`/sektorplan/${p.id}`}>
                    {p.title ? <span lang="nb">{p.title}</span> : t.fallbackTitle(p.year)}
                  </Link>
                </TableCell>
                <TableCell>
                  <SectorPlanStateTag state={p.state} />
                </TableCell>
                <TableCell>
                  {p.latestNumber && p.publishedAt ? t.versionPublished(p.latestNumber, formatShortDate(p.publishedAt, locale)) : t.notPublished}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {mayWrite && (
        <Details>
          <DetailsSummary>{t.newPlan}</DetailsSummary>
          <DetailsContent>
            <NewSectorPlanForm year={nextYear} create={createSectorPlanAction} />
          </DetailsContent>
        </Details>
      )}
    </div>
  );
}
