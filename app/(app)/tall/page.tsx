import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { Alert } from "@/components/ds/primitives";
import { CountingRules } from "@/components/hiring/counting-rules";
import { HiringForm } from "@/components/hiring/hiring-form";
import { PoolingRequestForm } from "@/components/hiring/pooling-form";
import { poolingStatusText } from "@/components/hiring/pooling-periods";
import { listOwnPooling } from "@/lib/data/pooling";
import { closeYearAction, reopenYearAction, requestPoolingAction, saveHiringReportAction, setReportingDeadlineAction } from "./actions";
import { ReportingDeadlines } from "@/components/hiring/reporting-deadlines";
import { listReportingDeadlines } from "@/lib/data/reporting-deadlines";
import { RevisionHistory } from "@/components/hiring/revision-history";
import { ClosedYears } from "@/components/hiring/closed-years";
import { YearLabel } from "@/components/hiring/year-label";
import { figureCountText, figureShareText, noSplitText, splitPairText } from "@/lib/domain/figure-text";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { listClosedYears, listOwnReports, listReadableFigures } from "@/lib/data/hiring";
import { AnnualReportLinks } from "@/components/annual-report/annual-report-links";
import { commonTexts } from "@/lib/i18n/common";
import { figureTexts, hiringTexts } from "@/lib/i18n/figures";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { formatCount, formatShare, todayInNorway } from "@/lib/domain/format";
import { splitOf, targetHires, totalHires } from "@/lib/domain/shares";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(hiringTexts)).title };
}

export default async function HiresPage({ searchParams }: { searchParams: Promise<{ aar?: string }> }) {
  const actor = await requireActor();
  const locale = await requestLocale();
  const t = textsIn(hiringTexts, locale);
  const col = textsIn(figureTexts, locale).table;
  const currentYear = todayInNorway().getUTCFullYear();
  if (can(actor, "hiring.write")) {
    const [reports, pooling] = await Promise.all([listOwnReports(actor), listOwnPooling(actor)]);
    const { aar } = await searchParams;
    const chosen = reports.find((r) => String(r.year) === aar);
    const initial = chosen
      ? {
          year: String(chosen.year),
          permanentTotal: String(chosen.permanentTotal),
          permanentTarget: String(chosen.permanentTarget),
          temporaryTotal: String(chosen.temporaryTotal),
          temporaryTarget: String(chosen.temporaryTarget),
          traineeTotal: String(chosen.traineeTotal),
          reason: "",
          version: String(chosen.version),
        }
      : { year: String(currentYear - 1), permanentTotal: "", permanentTarget: "", temporaryTotal: "", temporaryTarget: "", traineeTotal: "0", reason: "", version: "" };
    return (
      <div className="flex flex-col gap-8">
        <Heading level={1} data-size="lg">
          {t.ownHeading(actor.organisationName)}
        </Heading>
        <Paragraph>{t.ownIntro}</Paragraph>
        <section aria-labelledby="rapporter" className="flex flex-col gap-4">
          <Heading level={2} data-size="md" id="rapporter">
            {t.reportHeading}
          </Heading>
          {chosen?.closed ? (
            <>
              <Alert data-color="info">{textsIn(commonTexts, locale).errors.yearClosed}</Alert>
              <CountingRules years={[chosen.year]} locale={locale} />
            </>
          ) : (
            <HiringForm key={initial.year} currentYear={currentYear} initial={initial} revising={Boolean(chosen)} save={saveHiringReportAction} />
          )}
        </section>
        <section aria-labelledby="rapportert" className="flex flex-col gap-4">
          <Heading level={2} data-size="md" id="rapportert">
            {t.reportedHeading}
          </Heading>
          <Table zebra>
            <caption className="sr-only">{t.reportedCaption}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{col.year}</TableHeaderCell>
                <TableHeaderCell>{col.permanent}</TableHeaderCell>
                <TableHeaderCell>{col.temporary}</TableHeaderCell>
                <TableHeaderCell>{col.trainees}</TableHeaderCell>
                <TableHeaderCell>{col.hires}</TableHeaderCell>
                <TableHeaderCell>{col.target}</TableHeaderCell>
                <TableHeaderCell>{col.share}</TableHeaderCell>
                <TableHeaderCell>
                  <span className="sr-only">{t.action}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {reports.map((r) => (
                <TableRow key={r.year}>
                  <TableHeaderCell scope="row">
                    <YearLabel year={r.year} currentYear={currentYear} locale={locale} />
                  </TableHeaderCell>
                  <TableCell>{splitPairText(splitOf(r).permanent, locale)}</TableCell>
                  <TableCell>{splitPairText(splitOf(r).temporary, locale)}</TableCell>
                  <TableCell>{formatCount(splitOf(r).trainees, locale)}</TableCell>
                  <TableCell>{formatCount(totalHires(r), locale)}</TableCell>
                  <TableCell>{formatCount(targetHires(r), locale)}</TableCell>
                  <TableCell>{formatShare(targetHires(r), totalHires(r), undefined, locale)}</TableCell>
                  <TableCell>
                    {r.closed ? (
                      t.closed
                    ) : (
                      <a href={`/tall?aar=${r.year}`}>
                        {t.edit}
                        <span className="sr-only">{t.editYear(r.year)}</span>
                      </a>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
        {can(actor, "annualreport.write") && <AnnualReportLinks years={reports.map((r) => r.year)} />}
        <section aria-labelledby="sammenslaatte" className="flex flex-col gap-4">
          <Heading level={2} data-size="md" id="sammenslaatte">
            {t.poolHeading}
          </Heading>
          <Paragraph>{t.poolIntro}</Paragraph>
          {pooling.length > 0 && (
            <ul className="flex flex-col gap-2">
              {pooling.map((p) => (
                <li key={p.id}>
                  <strong>
                    {p.fromYear}–{p.toYear}
                  </strong>
                  : {poolingStatusText(p, locale)}
                  {p.decisionNote ? t.ministryNote(p.decisionNote) : ""}
                </li>
              ))}
            </ul>
          )}
          <PoolingRequestForm request={requestPoolingAction} />
        </section>
        <RevisionHistory reports={reports} locale={locale} />
      </div>
    );
  }

  const mayManage = can(actor, "hiring.manage");
  const [figures, closedYears, deadlines] = await Promise.all([
    listReadableFigures(actor),
    listClosedYears(actor),
    mayManage ? listReportingDeadlines(actor) : Promise.resolve([]),
  ]);
  const years = [...new Set(figures.map((f) => f.year))].sort((a, b) => b - a);
  // The split into permanent and temporary positions, for those who see it (lib/access `seesHireSplit`).
  const withSplit = figures.some((f) => f.split);
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t.sectorHeading}
      </Heading>
      <Paragraph>{t.sectorIntro}</Paragraph>
      <Paragraph>
        {t.downloadBefore}
        <a href="/api/tall.xlsx" download>
          {t.excel}
        </a>
        {t.or}
        <a href="/api/tall.csv" download>
          {t.csv}
        </a>
        {t.downloadAfter}
        {mayManage && (
          <>
            {" "}
            <Link href="/tall/import">{t.importLink}</Link>
            {t.importAfter}
          </>
        )}
      </Paragraph>
      <ClosedYears years={years} closed={closedYears} mayChange={mayManage} closeYear={closeYearAction} reopenYear={reopenYearAction} locale={locale} />
      {mayManage && <ReportingDeadlines deadlines={deadlines} defaultYear={currentYear - 1} save={setReportingDeadlineAction} />}
      <Table zebra>
        <caption className="sr-only">{t.sectorCaption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{col.agency}</TableHeaderCell>
            <TableHeaderCell>{col.year}</TableHeaderCell>
            <TableHeaderCell>{col.hires}</TableHeaderCell>
            <TableHeaderCell>{col.target}</TableHeaderCell>
            <TableHeaderCell>{col.share}</TableHeaderCell>
            {withSplit && (
              <>
                <TableHeaderCell>{col.permanent}</TableHeaderCell>
                <TableHeaderCell>{col.temporary}</TableHeaderCell>
                <TableHeaderCell>{col.trainees}</TableHeaderCell>
              </>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {figures.map((f) => (
            <TableRow key={`${f.agencyId}-${f.year}`}>
              <TableCell>{f.agencyName}</TableCell>
              <TableCell>
                <YearLabel year={f.year} currentYear={currentYear} locale={locale} />
              </TableCell>
              <TableCell>{figureCountText(f.figure, "total", locale)}</TableCell>
              <TableCell>{figureCountText(f.figure, "target", locale)}</TableCell>
              <TableCell>{figureShareText(f.figure, locale)}</TableCell>
              {withSplit && (
                <>
                  <TableCell>{f.split ? splitPairText(f.split.permanent, locale) : noSplitText(f.figure, locale)}</TableCell>
                  <TableCell>{f.split ? splitPairText(f.split.temporary, locale) : noSplitText(f.figure, locale)}</TableCell>
                  <TableCell>{f.split ? formatCount(f.split.trainees, locale) : noSplitText(f.figure, locale)}</TableCell>
                </>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <CountingRules years={years} locale={locale} />
    </div>
  );
}
