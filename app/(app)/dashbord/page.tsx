import type { Metadata } from "next";
import Link from "next/link";
import { Card, Heading, Paragraph } from "@/components/ds/primitives";
import { SectorChart } from "@/components/dashboard/sector-chart";
import { SectorTable } from "@/components/dashboard/sector-table";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getDashboard } from "@/lib/data/dashboard";
import { CountingRules } from "@/components/hiring/counting-rules";
import { todayInNorway } from "@/lib/domain/format";
import { PLAN_STATUSES } from "@/lib/domain/plan";
import { commonTexts } from "@/lib/i18n/common";
import { dashboardTexts, hiringTexts } from "@/lib/i18n/figures";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { AgencyFilter } from "@/components/dashboard/agency-filter";
import { AgencyTable } from "@/components/dashboard/agency-table";
import { RoundChooser } from "@/components/dashboard/round-chooser";
import { readDashboardQuery } from "@/lib/domain/dashboard-query";
import { sectorChartPoint, sectorChartSummary } from "@/lib/domain/figure-text";
import { reportingYearsTexts } from "@/lib/i18n/reporting-years";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(dashboardTexts)).title };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const locale = await requestLocale();
  const t = textsIn(dashboardTexts, locale);
  const rules = textsIn(reportingYearsTexts, locale);
  const files = textsIn(hiringTexts, locale);
  const { query, errors } = readDashboardQuery(await searchParams);
  const d = await orNotFound(getDashboard(actor, query));
  const currentYear = todayInNorway().getUTCFullYear();
  const yearText = (s: { year: number; preliminary: boolean }) => (s.preliminary ? `${s.year} (${rules.preliminary})` : String(s.year));
  const points = d.sector.map((s) => sectorChartPoint(s, yearText(s), locale));
  return (
    <div className="flex flex-col gap-8">
      <Heading level={1} data-size="lg">
        {t.heading}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>

      <section aria-labelledby="sektor" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="sektor">
          {t.sectorHeading}
        </Heading>
        <SectorChart points={points} summary={sectorChartSummary(points, locale)} locale={locale} />
        <SectorTable caption={t.sectorCaption} rows={d.sector} currentYear={currentYear} locale={locale} />
        <Paragraph data-size="sm">
          {d.exactCounts ? t.exactCounts : t.publishedCounts}
        </Paragraph>
        <CountingRules years={d.years} locale={locale} />
      </section>

      <section aria-labelledby="planer" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="planer">
          {t.plansHeading(d.latestRoundTitle)}
        </Heading>
        <RoundChooser query={query} rounds={d.rounds} roundId={d.roundId} locale={locale} />
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-5">
          {PLAN_STATUSES.map((s) => (
            <li key={s}>
              <Card data-color="neutral">
                <p className="text-3xl font-semibold">{d.planStatusCounts[s]}</p>
                <p>{textsIn(commonTexts, locale).planStatus[s]}</p>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="virksomheter" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="virksomheter">
          {t.perAgencyHeading}
        </Heading>
        <Paragraph data-size="sm">{t.perAgencyIntro}</Paragraph>
        <AgencyFilter query={query} years={d.years} year={d.year} currentYear={currentYear} searchError={errors.sok && textsIn(commonTexts, locale).errors.nulInSearch} locale={locale} />
        {d.sector.find((s) => s.year === d.year)?.preliminary && d.year !== null && (
          <Paragraph data-size="sm">{rules.preliminaryNote(d.year)}</Paragraph>
        )}
        <AgencyTable d={d} query={query} locale={locale} />
        <Paragraph data-size="sm">
          {t.downloadBefore}
          <a href="/api/tall.xlsx" download>
            {files.excel}
          </a>{" "}
          ·{" "}
          <a href="/api/tall.csv" download>
            {files.csv}
          </a>
          {can(actor, "hiring.manage") && (
            <>
              {" "}
              · <Link href="/tall/import">{t.importLink}</Link>
            </>
          )}
        </Paragraph>
        {actor.organisationKind === "MINISTRY" && (
          <Paragraph data-size="sm">
            {t.seeAlso}
            {can(actor, "round.read") && (
              <>
                <Link href="/runder">{t.roundsLink}</Link>
                {t.and}
              </>
            )}
            <Link href="/sektorplan">{t.sectorPlanLink}</Link>.
          </Paragraph>
        )}
      </section>
    </div>
  );
}
