import type { Metadata } from "next";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { SectorChart } from "@/components/dashboard/sector-chart";
import { CountingRules } from "@/components/hiring/counting-rules";
import { PublicFilter } from "@/components/public/public-filter";
import { PublicAgencyTable } from "@/components/public/public-tables";
import { SectorTable } from "@/components/dashboard/sector-table";
import { PUBLIC } from "@/lib/access";
import { getPublicFigures, listPublicSectors } from "@/lib/data/public-figures";
import { sectorChartPoint, sectorChartSummary } from "@/lib/domain/figure-text";
import { todayInNorway } from "@/lib/domain/format";
import { PUBLIC_PAGE_SIZE, publicSearch, readPublicQuery } from "@/lib/domain/public-query";
import { nb } from "@/lib/i18n/nb";

export const metadata: Metadata = { title: "Offentlige tall" };

// For anyone, signed in or not (proxy.ts lets it through): the published figures of each ministry's
// sector, as the public principal sees them (lib/data/public-figures.ts). Only years the ministry
// has closed; cached until the figures change.

export default async function PublicFiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { query, malformed } = readPublicQuery(await searchParams);
  const currentYear = todayInNorway().getUTCFullYear();
  const sectors = await listPublicSectors(PUBLIC);
  // The sector asked for, else the first that has published, else the first; only it is loaded.
  const asked = query.sektor === undefined ? undefined : sectors.find((s) => s.orgNumber === query.sektor);
  const chosen = asked ?? sectors.find((s) => s.published) ?? sectors[0];
  const [sector] = chosen ? await getPublicFigures(PUBLIC, [chosen.id]) : [];
  const years = sector?.years.map((y) => y.year) ?? [];
  const askedYear = query.aar === undefined ? undefined : sector?.years.find((y) => y.year === query.aar);
  const year = askedYear ?? sector?.years.at(-1);
  const fellBack = malformed || (query.sektor !== undefined && !asked) || (query.aar !== undefined && !askedYear);

  const pages = year ? Math.max(1, Math.ceil(year.agencies.length / PUBLIC_PAGE_SIZE)) : 1;
  const page = Math.min(query.side ?? 1, pages);
  const here = { sektor: sector?.orgNumber, aar: year?.year };
  const link = (side: number) => `/offentlig${publicSearch({ ...here, side })}#virksomheter`;
  const points = sector?.years.map((y) => sectorChartPoint(y.sector, String(y.year))) ?? [];
  const download = publicSearch({ sektor: sector?.orgNumber });

  return (
    <>
      <a href="#hovedinnhold" className="skip-link">
        Hopp til hovedinnhold
      </a>
      <header className="border-b border-neutral-300">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
          <span className="text-lg font-semibold">Dugnad – offentlige tall</span>
          <a href="/logg-inn">Logg inn</a>
        </div>
      </header>
      <main id="hovedinnhold" className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-8">
        <div className="flex flex-col gap-4">
          <Heading level={1} data-size="lg">
            Inkluderingsdugnaden: nytilsatte i målgruppen
          </Heading>
          <Paragraph>
            Målet er at minst 5 % av nytilsatte i staten har nedsatt funksjonsevne eller hull i CV-en. Her er tallene
            departementene har publisert for sine sektorer: hver sektors andel mot målet og hele statens, og hver
            virksomhets andel der personvernet tillater det.
          </Paragraph>
          {fellBack && <Alert data-color="warning">{nb.openData.badQuery}</Alert>}
          {sector && <PublicFilter sectors={sectors} sector={sector.orgNumber} years={years} year={year?.year ?? null} />}
        </div>

        {!sector || !year ? (
          <Paragraph>Ingen tall er publisert ennå.</Paragraph>
        ) : (
          <>
            <section aria-labelledby="sektor" className="flex flex-col gap-4">
              <Heading level={2} data-size="md" id="sektor">
                {sector.name}: sektorens andel per år
              </Heading>
              <SectorChart points={points} summary={sectorChartSummary(points)} />
              <SectorTable
                caption={`Andel nytilsatte i målgruppen, ${sector.name} og hele staten, mot målet på 5 %`}
                rows={sector.years.map((y) => y.sector)}
                currentYear={currentYear}
                goal
              />
              <CountingRules years={years} />
            </section>

            <section aria-labelledby="virksomheter" className="flex flex-col gap-4">
              <Heading level={2} data-size="md" id="virksomheter">
                Per virksomhet, {year.year}
              </Heading>
              <Paragraph data-size="sm">
                «Skjult» betyr at tallene ikke vises av personvernhensyn. «–» betyr ikke rapportert. En liten virksomhet
                som departementet har gitt samtykke til å slå sammen flere år, vises med tallene for hele perioden
                («samlet 2019–2020»).
              </Paragraph>
              <PublicAgencyTable
                sectorName={sector.name}
                year={year}
                from={(page - 1) * PUBLIC_PAGE_SIZE}
                to={Math.min(page * PUBLIC_PAGE_SIZE, year.agencies.length)}
                previous={page > 1 ? link(page - 1) : null}
                next={page < pages ? link(page + 1) : null}
              />
            </section>
          </>
        )}

        <section aria-labelledby="metode" className="flex flex-col gap-2">
          <Heading level={2} data-size="md" id="metode">
            Slik er tallene laget
          </Heading>
          <Paragraph data-size="sm">
            Tallene er det virksomhetene har rapportert til departementet for hvert kalenderår. Bare år departementet har
            lukket, vises: foreløpige tall og år som fortsatt kan endres, publiseres ikke. Andelen er nytilsatte i
            målgruppen delt på alle nytilsatte, med én desimal, og en andel under målet vises aldri som 5,0 %. Virksomheter
            med færre enn 5 nytilsatte i et år vises uten tall, og andre tall skjules der de ellers kunne brukes til å regne
            dem ut. Hele statens andel er Direktoratet for forvaltning og økonomistyrings (DFØ) tall.
          </Paragraph>
          <Paragraph data-size="sm">
            Last ned tallene som vises (alle publiserte år, én rad per virksomhet og år og én per sektor og år):{" "}
            <a href={`/offentlig/tall.csv${download}`} download>
              CSV for sektoren
            </a>{" "}
            ·{" "}
            <a href={`/offentlig/tall.json${download}`} download>
              JSON for sektoren
            </a>{" "}
            ·{" "}
            <a href="/offentlig/tall.csv" download>
              CSV for alle sektorene
            </a>{" "}
            ·{" "}
            <a href="/offentlig/tall.json" download>
              JSON for alle sektorene
            </a>
          </Paragraph>
        </section>
      </main>
      <footer className="mx-auto max-w-6xl px-4 pb-8 text-sm">
        <a href="/tilgjengelighet">Tilgjengelighetserklæring</a>
      </footer>
    </>
  );
}
