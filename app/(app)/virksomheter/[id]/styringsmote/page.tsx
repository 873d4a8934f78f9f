import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { YearFiguresTable } from "@/components/hiring/year-figures-table";
import { FollowUpStatusTag } from "@/components/sector-plan/tags";
import { PlanStatusTag } from "@/components/ui/status-tag";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getMeetingBrief } from "@/lib/data/meeting-brief";
import { briefPlanLine, briefTitle } from "@/lib/documents/meeting-brief-pdf";
import { formatShare, todayInNorway } from "@/lib/domain/format";
import { nb } from "@/lib/i18n/nb";
import { sectorPlanText as t } from "@/lib/i18n/sector-plan-nb";

export const metadata: Metadata = { title: "Underlag til etatsstyringsmøtet" };

/** One agency's brief for the governance meeting, on one printable page. */
export default async function MeetingBriefPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const brief = await orNotFound(getMeetingBrief(actor, id));
  const fu = brief.followUp;
  return (
    <div className="flex flex-col gap-6">
      {fu && actor.organisationKind === "MINISTRY" && <Link href={`/sektorplan/${fu.plan.id}/oppfolging`} className="print:hidden">← Til oppfølgingsmatrisen</Link>}
      <Heading level={1} data-size="lg">
        {briefTitle(brief.agency.name)}
      </Heading>
      <p className="flex flex-wrap gap-x-6 print:hidden">
        <a href={`/api/virksomheter/${brief.agency.id}/styringsmote/pdf`} download>
          Last ned som PDF
        </a>
        {can(actor, "meeting.read") && <Link href={`/virksomheter/${brief.agency.id}/moter`}>Etatsstyringsmøter og referater</Link>}
      </p>
      <section aria-labelledby="plan" className="flex flex-col gap-2">
        <Heading level={2} data-size="sm" id="plan">
          Handlingsplan
        </Heading>
        {brief.plan && (
          <p className="flex flex-wrap items-center gap-2">
            <span>Status:</span> <PlanStatusTag status={brief.plan.status} />
            {brief.plan && <Link href={`/planer/${brief.plan.id}`}>Åpne planen</Link>}
          </p>
        )}
        <Paragraph>{briefPlanLine(brief)}</Paragraph>
        <Heading level={3} data-size="2xs">
          Åpne kommentarer fra departementet
        </Heading>
        {brief.openComments.length === 0 ? (
          <Paragraph>Ingen åpne kommentarer.</Paragraph>
        ) : (
          <ul className="list-disc pl-5">
            {brief.openComments.map((c) => (
              <li key={c.id}>
                <strong>{c.element === "general" ? "Generelt" : (nb.planElements[c.element as keyof typeof nb.planElements] ?? c.element)}:</strong> {c.body}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="tall" className="flex flex-col gap-2">
        <Heading level={2} data-size="sm" id="tall">
          Nytilsettinger og andel i målgruppen
        </Heading>
        {brief.figures.length === 0 ? (
          <Paragraph>Ingen tall rapportert.</Paragraph>
        ) : (
          <YearFiguresTable rows={brief.figures} caption="Nytilsettinger per år" currentYear={todayInNorway().getUTCFullYear()} shareLabel="Andel (mål 5 %)" size="sm" />
        )}
      </section>
      <section aria-labelledby="oppfolging" className="flex flex-col gap-2">
        <Heading level={2} data-size="sm" id="oppfolging">
          Oppfølging av sektorplanen
        </Heading>
        {!fu ? (
          <Paragraph>{t.errors.notPublished}</Paragraph>
        ) : (
          <>
            <Paragraph>
              {fu.plan.content.title}, versjon {fu.plan.versionNumber}. Skal-tiltak gjennomført: {fu.share.done} av {fu.share.mandatory} (
              {formatShare(fu.share.done, fu.share.mandatory)}).
            </Paragraph>
            <Table data-size="sm">
              <caption className="sr-only">Status per tiltak</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col">Tiltak</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Kommentar eller begrunnelse</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {fu.measures.map((m) => (
                  <TableRow key={m.measure.id}>
                    <TableHeaderCell scope="row">
                      {m.number} {m.theme.title} ({t.measureKinds[m.measure.kind].toLowerCase()})
                    </TableHeaderCell>
                    <TableCell>
                      <FollowUpStatusTag status={m.followUp?.status ?? "NOT_STARTED"} />
                    </TableCell>
                    <TableCell>{m.followUp?.reason || m.followUp?.comment || "–"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </section>
    </div>
  );
}
