import type { Metadata } from "next";
import Link from "next/link";
import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { SectorChart } from "@/components/dashboard/sector-chart";
import { SectorTable } from "@/components/dashboard/sector-table";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getDashboard } from "@/lib/data/dashboard";
import { CountingRules } from "@/components/hiring/counting-rules";
import { todayInNorway } from "@/lib/domain/format";
import { PLAN_STATUSES } from "@/lib/domain/plan";
import { nb } from "@/lib/i18n/nb";
import { AgencyFilter } from "@/components/dashboard/agency-filter";
import { AgencyTable } from "@/components/dashboard/agency-table";
import { RoundChooser } from "@/components/dashboard/round-chooser";
import { readDashboardQuery } from "@/lib/domain/dashboard-query";
import { sectorChartPoint, sectorChartSummary } from "@/lib/domain/figure-text";
import { reportingYearsNb } from "@/lib/i18n/reporting-years-nb";

export const metadata: Metadata = { title: "Dashbord" };


export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const { query, errors } = readDashboardQuery(await searchParams);
  const d = await orNotFound(getDashboard(actor, query));
  const currentYear = todayInNorway().getUTCFullYear();
  const yearText = (s: { year: number; preliminary: boolean }) => (s.preliminary ? `${s.year} (${reportingYearsNb.preliminary})` : String(s.year));
  const points = d.sector.map((s) => sectorChartPoint(s, yearText(s)));
  return (
    <div className="flex flex-col gap-8">
      <Heading level={1} data-size="lg">
        Dashbord: inkluderingsdugnaden
      </Heading>
      <Paragraph>
        Målet er at minst 5 % av nytilsatte i staten har nedsatt funksjonsevne eller hull i CV-en. Sektorens andel er
        alle nytilsatte i målgruppen delt på alle nytilsatte i sektoren.
      </Paragraph>

      <section aria-labelledby="sektor" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="sektor">
          Sektorens andel per år
        </Heading>
        <SectorChart points={points} summary={sectorChartSummary(points)} />
        <SectorTable caption="Andel nytilsatte i målgruppen, hele sektoren, mot målet på 5 %" rows={d.sector} currentYear={currentYear} />
        <Paragraph data-size="sm">
          {d.exactCounts
            ? "Tallene er nøyaktige, også for virksomheter med færre enn 5 nytilsatte: de er ikke for publisering."
            : "Sektorens tall vises slik de er publisert: tall som kan avsløre virksomheter med færre enn 5 nytilsatte, er skjult. Målet telles for virksomhetene med tall som vises."}
        </Paragraph>
        <CountingRules years={d.years} />
      </section>

      <section aria-labelledby="planer" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="planer">
          Handlingsplaner{d.latestRoundTitle ? `: ${d.latestRoundTitle}` : ""}
        </Heading>
        <RoundChooser query={query} rounds={d.rounds} roundId={d.roundId} />
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-5">
          {PLAN_STATUSES.map((s) => (
            <li key={s}>
              <Card data-color="neutral">
                <p className="text-3xl font-semibold">{d.planStatusCounts[s]}</p>
                <p>{nb.planStatus[s]}</p>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="virksomheter" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="virksomheter">
          Per virksomhet
        </Heading>
        <Paragraph data-size="sm">
          Virksomheter med færre enn 5 nytilsatte i et år får ingen andel, og antallet vises ikke («Skjult»). Der
          tallene til én liten virksomhet ellers kunne regnes ut fra de andre, skjules også den nest minste, med
          samme ord, så ingen kan se hvem som er hvem. En liten virksomhet som departementet har gitt samtykke til å
          slå sammen flere år, vises med andelen for hele perioden («samlet 2019–2021»). «–» betyr ingen nytilsatte
          eller ikke rapportert. Velg navnet for å se virksomheten.
        </Paragraph>
        <AgencyFilter query={query} years={d.years} year={d.year} currentYear={currentYear} searchError={errors.sok} />
        {d.sector.find((s) => s.year === d.year)?.preliminary && d.year !== null && (
          <Paragraph data-size="sm">{reportingYearsNb.preliminaryNote(d.year)}</Paragraph>
        )}
        <AgencyTable d={d} query={query} />
        <Paragraph data-size="sm">
          Last ned tallene bak dashbordet: <a href="/api/tall.xlsx" download>Excel (XLSX)</a> ·{" "}
          <a href="/api/tall.csv" download>CSV</a>
          {can(actor, "hiring.manage") && (
            <>
              {" "}
              · <Link href="/tall/import">Importer tall for et år</Link>
            </>
          )}
        </Paragraph>
        {actor.organisationKind === "MINISTRY" && (
          <Paragraph data-size="sm">
            Se også {can(actor, "round.read") && <><Link href="/runder">rundene med brev og planstatus</Link> og </>}
            <Link href="/sektorplan">sektorplanen med virksomhetenes oppfølging av tiltakene</Link>.
          </Paragraph>
        )}
      </section>
    </div>
  );
}
