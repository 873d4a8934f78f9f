import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { CountingRules } from "@/components/hiring/counting-rules";
import { YearFiguresTable } from "@/components/hiring/year-figures-table";
import { PoolingDecisionForm } from "@/components/hiring/pooling-form";
import { RevisionHistory } from "@/components/hiring/revision-history";
import { poolingStatusText } from "@/components/hiring/pooling-periods";
import { ActionButton } from "@/components/ui/action-button";
import { PlanStatusTag } from "@/components/ui/status-tag";
import { decidePoolingAction, withdrawPoolingAction } from "./actions";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getAgencyOverview } from "@/lib/data/agencies";
import { formatShortDate, todayInNorway } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Virksomhet" };

export default async function AgencyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const agency = await orNotFound(getAgencyOverview(actor, id));
  const mayManage = can(actor, "hiring.manage");
  return (
    <div className="flex flex-col gap-8">
      <Link href="/dashbord#virksomheter">← Dashbord</Link>
      <Heading level={1} data-size="lg">
        {agency.name}
      </Heading>
      {can(actor, "followup.read") && can(actor, "plan.read") && (
        <Paragraph>
          <Link href={`/virksomheter/${agency.id}/styringsmote`}>Underlag til etatsstyringsmøtet</Link> (plan, tall og
          oppfølging av sektorplanen på én side)
        </Paragraph>
      )}
      {can(actor, "meeting.read") && (
        <Paragraph>
          <Link href={`/virksomheter/${agency.id}/moter`}>Etatsstyringsmøter</Link> (referater og avtalte punkter)
        </Paragraph>
      )}

      <section aria-labelledby="tall" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="tall">
          Nytilsatte per år
        </Heading>
        {agency.years.length === 0 ? (
          <Paragraph>Virksomheten har ikke rapportert tall ennå.</Paragraph>
        ) : (
          <>
            <YearFiguresTable
              rows={agency.years}
              caption={`Nytilsatte og andel i målgruppen per år for ${agency.name}, med sektorens og hele statens andel`}
              currentYear={todayInNorway().getUTCFullYear()}
              withSector
              withState
            />
            <CountingRules years={agency.years.map((y) => y.year)} />
          </>
        )}
      </section>

      <RevisionHistory reports={agency.revisions} />

      <section aria-labelledby="samlet" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="samlet">
          Sammenslåtte år
        </Heading>
        <Paragraph data-size="sm">
          En virksomhet med færre enn 5 nytilsatte i året kan søke om å få andelen regnet over flere år. Når
          departementet godkjenner, vises bare andelen for hele perioden utenfor virksomheten. Et år kan bare være med
          i én publisert periode.
        </Paragraph>
        {agency.poolingConsents.length === 0 ? (
          <Paragraph>Ingen perioder.</Paragraph>
        ) : (
          <ul className="flex flex-col gap-4">
            {agency.poolingConsents.map((c) => (
              <li key={c.id} className="flex flex-col gap-2">
                <span>
                  <strong>
                    {c.fromYear}–{c.toYear}
                  </strong>
                  : {poolingStatusText(c)}
                  {c.reason ? `. Virksomhetens begrunnelse: ${c.reason}` : ""}
                  {c.decisionNote ? `. Departementets melding: ${c.decisionNote}` : ""}
                </span>
                {mayManage && c.status === "REQUESTED" && (
                  <PoolingDecisionForm consentId={c.id} period={`${c.fromYear}–${c.toYear}`} decide={decidePoolingAction} />
                )}
                {mayManage && c.status === "APPROVED" && (
                  <ActionButton
                    action={withdrawPoolingAction}
                    arg={c.id}
                    label="Trekk tilbake perioden"
                    pendingLabel="Trekker tilbake …"
                    variant="tertiary"
                    context={`${c.fromYear}–${c.toYear}`}
                    confirm={`Trekke tilbake ${c.fromYear}–${c.toYear}? Summen for perioden vises ikke lenger, men årene kan ikke være med i en ny periode.`}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="planer" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="planer">
          Handlingsplaner
        </Heading>
        {agency.plans.length === 0 ? (
          <Paragraph>Ingen handlingsplaner.</Paragraph>
        ) : (
          <ul className="flex flex-col gap-2">
            {agency.plans.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-3">
                <Link href={`/planer/${p.id}`}>
                  {p.round.title} ({p.round.year})
                </Link>
                <PlanStatusTag status={p.status} />
                <span>frist {formatShortDate(p.round.deadline)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
