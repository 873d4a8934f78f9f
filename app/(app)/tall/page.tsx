import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { Alert } from "@digdir/designsystemet-react";
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
import { nb } from "@/lib/i18n/nb";
import { formatCount, formatShare, todayInNorway } from "@/lib/domain/format";
import { splitOf, targetHires, totalHires } from "@/lib/domain/shares";

export const metadata: Metadata = { title: "Nytilsettinger" };

export default async function HiresPage({ searchParams }: { searchParams: Promise<{ aar?: string }> }) {
  const actor = await requireActor();
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
          Nytilsettinger – {actor.organisationName}
        </Heading>
        <Paragraph>
          Rapporter antall nytilsatte per kalenderår, og hvor mange av dem som har nedsatt funksjonsevne eller hull i
          CV-en. Bare antall lagres, aldri opplysninger om enkeltpersoner.
        </Paragraph>
        <section aria-labelledby="rapporter" className="flex flex-col gap-4">
          <Heading level={2} data-size="md" id="rapporter">
            Rapporter eller endre et år
          </Heading>
          {chosen?.closed ? (
            <>
              <Alert data-color="info">{nb.errors.yearClosed}</Alert>
              <CountingRules years={[chosen.year]} />
            </>
          ) : (
            <HiringForm key={initial.year} currentYear={currentYear} initial={initial} revising={Boolean(chosen)} save={saveHiringReportAction} />
          )}
        </section>
        <section aria-labelledby="rapportert" className="flex flex-col gap-4">
          <Heading level={2} data-size="md" id="rapportert">
            Rapportert
          </Heading>
          <Table zebra>
            <caption className="sr-only">Rapporterte nytilsettinger per år</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>År</TableHeaderCell>
                <TableHeaderCell>Faste (i målgruppen)</TableHeaderCell>
                <TableHeaderCell>Midlertidige (i målgruppen)</TableHeaderCell>
                <TableHeaderCell>Traineer</TableHeaderCell>
                <TableHeaderCell>Nytilsatte</TableHeaderCell>
                <TableHeaderCell>I målgruppen</TableHeaderCell>
                <TableHeaderCell>Andel</TableHeaderCell>
                <TableHeaderCell>
                  <span className="sr-only">Handling</span>
                </TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {reports.map((r) => (
                <TableRow key={r.year}>
                  <TableHeaderCell scope="row">
                    <YearLabel year={r.year} currentYear={currentYear} />
                  </TableHeaderCell>
                  <TableCell>{splitPairText(splitOf(r).permanent)}</TableCell>
                  <TableCell>{splitPairText(splitOf(r).temporary)}</TableCell>
                  <TableCell>{formatCount(splitOf(r).trainees)}</TableCell>
                  <TableCell>{formatCount(totalHires(r))}</TableCell>
                  <TableCell>{formatCount(targetHires(r))}</TableCell>
                  <TableCell>{formatShare(targetHires(r), totalHires(r))}</TableCell>
                  <TableCell>
                    {r.closed ? (
                      "Lukket"
                    ) : (
                      <a href={`/tall?aar=${r.year}`}>
                        Endre<span className="sr-only"> tallene for {r.year}</span>
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
            Slå sammen år
          </Heading>
          <Paragraph>
            Har virksomheten færre enn 5 nytilsatte i året, vises ikke andelen utenfor virksomheten. Dere kan søke
            departementet om å få andelen regnet over flere år (høyst 5). Når departementet godkjenner, vises andelen for
            hele perioden i stedet for årene. Et år kan bare være med i én periode, også om perioden senere trekkes
            tilbake.
          </Paragraph>
          {pooling.length > 0 && (
            <ul className="flex flex-col gap-2">
              {pooling.map((p) => (
                <li key={p.id}>
                  <strong>
                    {p.fromYear}–{p.toYear}
                  </strong>
                  : {poolingStatusText(p)}
                  {p.decisionNote ? `. Departementets melding: ${p.decisionNote}` : ""}
                </li>
              ))}
            </ul>
          )}
          <PoolingRequestForm request={requestPoolingAction} />
        </section>
        <RevisionHistory reports={reports} />
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
        Nytilsettinger i sektoren
      </Heading>
      <Paragraph>
        Rapporterte tall per virksomhet og år. Virksomheter med færre enn 5 nytilsatte i et år vises uten andel og
        uten antall («Skjult»), av personvernhensyn; det gjør også den nest minste der den lille ellers kunne regnes ut.
      </Paragraph>
      <Paragraph>
        Last ned tallene som <a href="/api/tall.xlsx" download>Excel (XLSX)</a> eller{" "}
        <a href="/api/tall.csv" download>
          CSV
        </a>{" "}
        (med de samme skjulte tallene som på siden).
        {mayManage && (
          <>
            {" "}
            <Link href="/tall/import">Importer tall for et år</Link> fra CSV eller Excel.
          </>
        )}
      </Paragraph>
      <ClosedYears years={years} closed={closedYears} mayChange={mayManage} closeYear={closeYearAction} reopenYear={reopenYearAction} />
      {mayManage && <ReportingDeadlines deadlines={deadlines} defaultYear={currentYear - 1} save={setReportingDeadlineAction} />}
      <Table zebra>
        <caption className="sr-only">Nytilsettinger per virksomhet og år</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Virksomhet</TableHeaderCell>
            <TableHeaderCell>År</TableHeaderCell>
            <TableHeaderCell>Nytilsatte</TableHeaderCell>
            <TableHeaderCell>I målgruppen</TableHeaderCell>
            <TableHeaderCell>Andel</TableHeaderCell>
            {withSplit && (
              <>
                <TableHeaderCell>Faste (i målgruppen)</TableHeaderCell>
                <TableHeaderCell>Midlertidige (i målgruppen)</TableHeaderCell>
                <TableHeaderCell>Traineer</TableHeaderCell>
              </>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {figures.map((f) => (
            <TableRow key={`${f.agencyId}-${f.year}`}>
              <TableCell>{f.agencyName}</TableCell>
              <TableCell>
                <YearLabel year={f.year} currentYear={currentYear} />
              </TableCell>
              <TableCell>{figureCountText(f.figure, "total")}</TableCell>
              <TableCell>{figureCountText(f.figure, "target")}</TableCell>
              <TableCell>{figureShareText(f.figure)}</TableCell>
              {withSplit && (
                <>
                  <TableCell>{f.split ? splitPairText(f.split.permanent) : noSplitText(f.figure)}</TableCell>
                  <TableCell>{f.split ? splitPairText(f.split.temporary) : noSplitText(f.figure)}</TableCell>
                  <TableCell>{f.split ? formatCount(f.split.trainees) : noSplitText(f.figure)}</TableCell>
                </>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <CountingRules years={years} />
    </div>
  );
}
