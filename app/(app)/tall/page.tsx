import type { Metadata } from "next";
import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { HiringForm } from "@/components/hiring/hiring-form";
import { figureCountText, figureShareText } from "@/components/hiring/figure-cells";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listOwnReports, listReadableFigures } from "@/lib/data/hiring";
import { formatCount, formatShare, todayInNorway } from "@/lib/domain/format";
import { share, targetHires, totalHires } from "@/lib/domain/shares";

export const metadata: Metadata = { title: "Nytilsettinger" };

export default async function HiresPage({ searchParams }: { searchParams: Promise<{ aar?: string }> }) {
  const actor = await requireActor();
  const currentYear = todayInNorway().getUTCFullYear();
  if (can(actor.role, "hiring:write") && actor.organisationKind === "AGENCY") {
    const reports = await listOwnReports(actor);
    const { aar } = await searchParams;
    const chosen = reports.find((r) => String(r.year) === aar);
    const initial = chosen
      ? {
          year: String(chosen.year),
          permanentTotal: String(chosen.permanentTotal),
          permanentTarget: String(chosen.permanentTarget),
          temporaryTotal: String(chosen.temporaryTotal),
          temporaryTarget: String(chosen.temporaryTarget),
        }
      : { year: String(currentYear - 1), permanentTotal: "", permanentTarget: "", temporaryTotal: "", temporaryTarget: "" };
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
          <HiringForm key={initial.year} currentYear={currentYear} initial={initial} />
        </section>
        <section aria-labelledby="rapportert" className="flex flex-col gap-4">
          <Heading level={2} data-size="md" id="rapportert">
            Rapportert
          </Heading>
          <Table zebra>
            <caption className="sr-only">Rapporterte nytilsettinger per år</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>År</Table.HeaderCell>
                <Table.HeaderCell>Nytilsatte</Table.HeaderCell>
                <Table.HeaderCell>I målgruppen</Table.HeaderCell>
                <Table.HeaderCell>Andel</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="sr-only">Handling</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {reports.map((r) => (
                <Table.Row key={r.year}>
                  <Table.HeaderCell scope="row">{r.year}</Table.HeaderCell>
                  <Table.Cell>{formatCount(totalHires(r))}</Table.Cell>
                  <Table.Cell>{formatCount(targetHires(r))}</Table.Cell>
                  <Table.Cell>{formatShare(share(targetHires(r), totalHires(r)))}</Table.Cell>
                  <Table.Cell>
                    <a href={`/tall?aar=${r.year}`}>
                      Endre<span className="sr-only"> tallene for {r.year}</span>
                    </a>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </section>
      </div>
    );
  }

  const figures = await listReadableFigures(actor);
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        Nytilsettinger i sektoren
      </Heading>
      <Paragraph>
        Rapporterte tall per virksomhet og år. Virksomheter med færre enn 5 nytilsatte i et år vises uten andel og
        uten antall, av personvernhensyn.
      </Paragraph>
      <Table zebra>
        <caption className="sr-only">Nytilsettinger per virksomhet og år</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Virksomhet</Table.HeaderCell>
            <Table.HeaderCell>År</Table.HeaderCell>
            <Table.HeaderCell>Nytilsatte</Table.HeaderCell>
            <Table.HeaderCell>I målgruppen</Table.HeaderCell>
            <Table.HeaderCell>Andel</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {figures.map((f) => (
            <Table.Row key={`${f.agencyId}-${f.year}`}>
              <Table.Cell>{f.agencyName}</Table.Cell>
              <Table.Cell>{f.year}</Table.Cell>
              <Table.Cell>{figureCountText(f.figure, "total")}</Table.Cell>
              <Table.Cell>{figureCountText(f.figure, "target")}</Table.Cell>
              <Table.Cell>{figureShareText(f.figure)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
