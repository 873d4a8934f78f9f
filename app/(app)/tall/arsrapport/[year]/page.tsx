import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Link as DsLink, Heading, Paragraph } from "@/components/ds/primitives";
import { AnnualReportForm } from "@/components/annual-report/annual-report-form";
import { ChapterBlocks } from "@/components/annual-report/chapter-blocks";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getAnnualReportChapter } from "@/lib/data/annual-report";
import { figureBlocks, parseChapterYear } from "@/lib/domain/annual-report";
import { formatDateTime, formatShortDate, todayInNorway } from "@/lib/domain/format";
import { annualReportTexts } from "@/lib/i18n/annual-report-nb";
import { textsIn } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";
import { saveAnnualReportTextAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ year: string }> }): Promise<Metadata> {
  const t = textsIn(annualReportTexts, await requestLocale());
  const year = Number((await params).year);
  return { title: Number.isInteger(year) ? t.page.title(year) : t.page.linkFromFigures };
}

/** The agency's text on the inclusion drive for chapter IV of its annual report, for one year. */
export default async function AnnualReportPage({ params }: { params: Promise<{ year: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "annualreport.write")) notFound();
  const year = parseChapterYear((await params).year, todayInNorway().getUTCFullYear());
  if (year === null) notFound();
  const c = await orNotFound(getAnnualReportChapter(actor, year));
  const locale = await requestLocale();
  const t = textsIn(annualReportTexts, locale);
  const figuresChanged = c.saved && c.figuresUpdatedAt && c.figuresUpdatedAt > c.saved.savedAt;
  const sources = [
    c.sources.plan && t.page.sourcePlan(c.sources.plan.number, formatShortDate(todayInNorway(c.sources.plan.submittedAt), locale)),
    c.sources.followUp && t.page.sourceFollowUp(c.sources.followUp.title, formatShortDate(new Date(Date.UTC(year, 11, 31)), locale)),
  ].filter((s): s is string => !!s);
  const otherYears = c.reportedYears.filter((y) => y !== year);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <Heading level={1} data-size="lg">
          {t.page.title(year)} – {c.agencyName}
        </Heading>
        <Paragraph>{t.page.intro}</Paragraph>
        {c.saved ? (
          <Paragraph data-size="sm">{t.page.saved(formatDateTime(c.saved.savedAt, locale), c.saved.savedBy)}</Paragraph>
        ) : (
          <Alert data-color="info">{t.page.suggested}</Alert>
        )}
        {figuresChanged && <Alert data-color="warning">{t.page.figuresChanged(year)}</Alert>}
        <Paragraph>
          <DsLink href={`/api/tall/arsrapport/${year}/docx`} download>
            {t.page.download}
          </DsLink>
        </Paragraph>
      </div>
      <section aria-labelledby="tallene" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="tallene">
          {t.page.figuresHeading(year)}
        </Heading>
        {/* The chapter's own text: bokmål, whatever the page's language. */}
        <div lang="nb">
          <ChapterBlocks blocks={figureBlocks(c.agencyName, year, c.counts)} />
        </div>
        <Paragraph data-size="sm">
          <DsLink asChild>
            <Link href={`/tall?aar=${year}`}>{t.page.editFigures}</Link>
          </DsLink>
        </Paragraph>
      </section>
      <section aria-labelledby="teksten" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="teksten">
          {t.page.formHeading}
        </Heading>
        <Paragraph data-size="sm">{sources.length ? t.page.sourcesLine(sources) : t.page.noSources(year)}</Paragraph>
        <AnnualReportForm key={year} year={year} version={c.saved?.version ?? null} initial={c.saved?.narrative ?? c.prefill} prefill={c.prefill} save={saveAnnualReportTextAction} />
      </section>
      {otherYears.length > 0 && (
        <nav aria-labelledby="andre-ar">
          <Heading level={2} data-size="xs" id="andre-ar">
            {t.page.otherYears}
          </Heading>
          <ul className="flex flex-wrap gap-4">
            {otherYears.map((y) => (
              <li key={y}>
                <DsLink asChild>
                  <Link href={`/tall/arsrapport/${y}`}>{t.page.title(y)}</Link>
                </DsLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
