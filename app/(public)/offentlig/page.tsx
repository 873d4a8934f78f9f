import type { Metadata } from "next";
import { Alert, Heading, Paragraph } from "@/components/ds/primitives";
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
import { commonTexts } from "@/lib/i18n/common";
import { publicFiguresTexts } from "@/lib/i18n/figures";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(publicFiguresTexts)).title };
}

// For anyone, signed in or not (proxy.ts lets it through): the published figures of each ministry's
// sector, as the public principal sees them (lib/data/public-figures.ts). Only years the ministry
// has closed; cached until the figures change. Before sign-in the language follows Accept-Language
// (or the login page's choice); the open-data files keep their Norwegian column names.

export default async function PublicFiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { query, malformed } = readPublicQuery(await searchParams);
  const locale = await requestLocale();
  const t = textsIn(publicFiguresTexts, locale);
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
  const points = sector?.years.map((y) => sectorChartPoint(y.sector, String(y.year), locale)) ?? [];
  const download = publicSearch({ sektor: sector?.orgNumber });

  return (
    <>
      <a href="#hovedinnhold" className="skip-link">
        {t.skipLink}
      </a>
      <header className="border-b border-neutral-300">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
          <span className="text-lg font-semibold">{t.brand}</span>
          <a href="/logg-inn">{t.signIn}</a>
        </div>
      </header>
      <main id="hovedinnhold" className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-8">
        <div className="flex flex-col gap-4">
          <Heading level={1} data-size="lg">
            {t.heading}
          </Heading>
          <Paragraph>{t.intro}</Paragraph>
          {fellBack && <Alert data-color="warning">{textsIn(commonTexts, locale).openData.badQuery}</Alert>}
          {sector && <PublicFilter sectors={sectors} sector={sector.orgNumber} years={years} year={year?.year ?? null} locale={locale} />}
        </div>

        {!sector || !year ? (
          <Paragraph>{t.noFigures}</Paragraph>
        ) : (
          <>
            <section aria-labelledby="sektor" className="flex flex-col gap-4">
              <Heading level={2} data-size="md" id="sektor">
                {t.sectorHeading(sector.name)}
              </Heading>
              <SectorChart points={points} summary={sectorChartSummary(points, locale)} locale={locale} />
              <SectorTable
                caption={t.sectorCaption(sector.name)}
                rows={sector.years.map((y) => y.sector)}
                currentYear={currentYear}
                goal
                locale={locale}
              />
              <CountingRules years={years} locale={locale} />
            </section>

            <section aria-labelledby="virksomheter" className="flex flex-col gap-4">
              <Heading level={2} data-size="md" id="virksomheter">
                {t.perAgencyHeading(year.year)}
              </Heading>
              <Paragraph data-size="sm">{t.perAgencyIntro}</Paragraph>
              <PublicAgencyTable
                sectorName={sector.name}
                year={year}
                from={(page - 1) * PUBLIC_PAGE_SIZE}
                to={Math.min(page * PUBLIC_PAGE_SIZE, year.agencies.length)}
                previous={page > 1 ? link(page - 1) : null}
                next={page < pages ? link(page + 1) : null}
                locale={locale}
              />
            </section>
          </>
        )}

        <section aria-labelledby="metode" className="flex flex-col gap-2">
          <Heading level={2} data-size="md" id="metode">
            {t.methodHeading}
          </Heading>
          <Paragraph data-size="sm">{t.method}</Paragraph>
          <Paragraph data-size="sm">
            {t.downloadIntro}
            <a href={`/offentlig/tall.csv${download}`} download>
              {t.csvSector}
            </a>{" "}
            ·{" "}
            <a href={`/offentlig/tall.json${download}`} download>
              {t.jsonSector}
            </a>{" "}
            ·{" "}
            <a href="/offentlig/tall.csv" download>
              {t.csvAll}
            </a>{" "}
            ·{" "}
            <a href="/offentlig/tall.json" download>
              {t.jsonAll}
            </a>
          </Paragraph>
        </section>
      </main>
      <footer className="mx-auto max-w-6xl px-4 pb-8 text-sm">
        <a href="/tilgjengelighet">{t.accessibility}</a>
      </footer>
    </>
  );
}
