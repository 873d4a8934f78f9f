import type { Metadata } from "next";
import Link from "next/link";
import { Card, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { SectorChart } from "@/components/dashboard/sector-chart";
import { figureCountText, figureShareText } from "@/components/hiring/figure-cells";
import { PlanStatusTag } from "@/components/ui/status-tag";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getDashboard } from "@/lib/data/dashboard";
import { formatCount, formatShare } from "@/lib/domain/format";
import type { PlanStatus } from "@/lib/domain/plan";
import { nb } from "@/lib/i18n/nb";

export const metadata: Metadata = { title: "Dashbord" };

const STATUS_ORDER: PlanStatus[] = ["NOT_STARTED", "DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED"];

export default async function DashboardPage() {
  const actor = await requireActor();
  const d = await orNotFound(getDashboard(actor));
  const latestYear = d.years.at(-1);
  const points = d.sector.map((s) => ({
    year: s.year,
    percent: s.share === null ? null : Math.round(s.share * 1000) / 10,
    label: formatShare(s.share),
  }));
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
        <SectorChart points={points} />
        <Table zebra>
          <caption>Andel nytilsatte i målgruppen, hele sektoren, mot målet på 5 %</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>År</Table.HeaderCell>
              <Table.HeaderCell>Nytilsatte</Table.HeaderCell>
              <Table.HeaderCell>I målgruppen</Table.HeaderCell>
              <Table.HeaderCell>Andel</Table.HeaderCell>
              <Table.HeaderCell>Virksomheter som nådde målet</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {d.sector.map((s) => (
              <Table.Row key={s.year}>
                <Table.HeaderCell scope="row">{s.year}</Table.HeaderCell>
                <Table.Cell>{formatCount(s.total)}</Table.Cell>
                <Table.Cell>{formatCount(s.target)}</Table.Cell>
                <Table.Cell>{formatShare(s.share)}</Table.Cell>
                <Table.Cell>
                  {s.agenciesReachingGoal} av {s.agenciesReporting}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>

      <section aria-labelledby="planer" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="planer">
          Handlingsplaner{d.latestRoundTitle ? `: ${d.latestRoundTitle}` : ""}
        </Heading>
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-5">
          {STATUS_ORDER.map((s) => (
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
          Virksomheter med færre enn 5 nytilsatte i et år får ingen andel, og antallet vises ikke («Under 5
          nytilsatte»). «–» betyr ingen nytilsatte eller ikke rapportert.
        </Paragraph>
        <div className="overflow-x-auto">
          <Table zebra>
            <caption className="sr-only">Andel i målgruppen per virksomhet og år, med handlingsplanstatus</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Virksomhet</Table.HeaderCell>
                {d.years.map((y) => (
                  <Table.HeaderCell key={y}>Andel {y}</Table.HeaderCell>
                ))}
                {latestYear && <Table.HeaderCell>Nytilsatte {latestYear}</Table.HeaderCell>}
                {latestYear && <Table.HeaderCell>I målgruppen {latestYear}</Table.HeaderCell>}
                <Table.HeaderCell>Handlingsplan</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {d.agencies.map((a) => (
                <Table.Row key={a.id}>
                  <Table.HeaderCell scope="row">{a.name}</Table.HeaderCell>
                  {d.years.map((y) => (
                    <Table.Cell key={y}>{figureShareText(a.figures[y])}</Table.Cell>
                  ))}
                  {latestYear && <Table.Cell>{figureCountText(a.figures[latestYear], "total")}</Table.Cell>}
                  {latestYear && <Table.Cell>{figureCountText(a.figures[latestYear], "target")}</Table.Cell>}
                  <Table.Cell>{a.planStatus ? <PlanStatusTag status={a.planStatus} /> : "–"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        {actor.role === "ADVISER" && (
          <Paragraph data-size="sm">
            Se også <Link href="/runder">rundene med brev og planstatus</Link>.
          </Paragraph>
        )}
      </section>
    </div>
  );
}
