import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Link as DsLink, Heading, Paragraph } from "@digdir/designsystemet-react";
import { AnnualReportForm } from "@/components/annual-report/annual-report-form";
import { ChapterBlocks } from "@/components/annual-report/chapter-blocks";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getAnnualReportChapter } from "@/lib/data/annual-report";
import { figureBlocks, parseChapterYear } from "@/lib/domain/annual-report";
import { formatDateTime, formatShortDate, todayInNorway } from "@/lib/domain/format";
import { annualReportPageTexts } from "@/lib/i18n/figures";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { saveAnnualReportTextAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(annualReportPageTexts)).metaTitle };
}

/** The agency's text on the inclusion drive for chapter IV of its annual report, for one year. */
export default async function AnnualReportPage({ params }: { params: Promise<{ year: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "annualreport.write")) notFound();
  const locale = await requestLocale();
  const t = textsIn(annualReportPageTexts, locale);
  const year = parseChapterYear((await params).year, todayInNorway().getUTCFullYear());
  if (year === null) notFound();
  const c = await orNotFound(getAnnualReportChapter(actor, year));
  const figuresChanged = c.saved && c.figuresUpdatedAt && c.figuresUpdatedAt > c.saved.savedAt;
  const sources = [
    c.sources.plan && t.sourcePlan(c.sources.plan.number, formatShortDate(todayInNorway(c.sources.plan.submittedAt), locale)),
    c.sources.followUp && t.sourceFollowUp(c.sources.followUp.title, formatShortDate(new Date(Date.UTC(year, 11, 31)), locale)),
  ].filter((s): s is string => !!s);
  const otherYears = c.reportedYears.filter((y) => y !== year);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <Heading level={1} data-size="lg">
          {t.title(year)} – {c.agencyName}
        </Heading>
        <Paragraph>{t.intro}</Paragraph>
        {c.saved ? (
          <Paragraph data-size="sm">{t.saved(formatDateTime(c.saved.savedAt, locale), c.saved.savedBy)}</Paragraph>
        ) : (
          <Alert data-color="info">{t.suggested}</Alert>
        )}
        {figuresChanged && <Alert data-color="warning">{t.figuresChanged(year)}</Alert>}
        <Paragraph>
          <DsLink href={`/api/tall/arsrapport/${year}/docx`} download>
            {t.download}
          </DsLink>
        </Paragraph>
      </div>
      <section aria-labelledby="tallene" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="tallene">
          {t.figuresHeading(year)}
        </Heading>
        {/* The chapter's figures are part of the Norwegian document. */}
        <div lang="nb">
          <ChapterBlocks blocks={figureBlocks(c.agencyName, year, c.counts)} />
        </div>
        <Paragraph data-size="sm">
          <DsLink asChild>
            <Link href={`/tall?aar=${year}`}>{t.editFigures}</Link>
          </DsLink>
        </Paragraph>
      </section>
      <section aria-labelledby="teksten" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="teksten">
          {t.formHeading}
        </Heading>
        <Paragraph data-size="sm">{sources.length ? `${t.sources} ${sources.join(t.and)}.` : t.noSources(year)}</Paragraph>
        <AnnualReportForm key={year} year={year} version={c.saved?.version ?? null} initial={c.saved?.narrative ?? c.prefill} prefill={c.prefill} save={saveAnnualReportTextAction} />
      </section>
      {otherYears.length > 0 && (
        <nav aria-labelledby="andre-ar">
          <Heading level={2} data-size="xs" id="andre-ar">
            {t.otherYears}
          </Heading>
          <ul className="flex flex-wrap gap-4">
            {otherYears.map((y) => (
              <li key={y}>
                <DsLink asChild>
                  <Link href={`/tall/arsrapport/${y}`}>{t.title(y)}</Link>
                </DsLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
