import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { PlanForm } from "@/components/plans/plan-form";
import { PlanView } from "@/components/plans/plan-view";
import { PlanStatusTag } from "@/components/ui/status-tag";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getPlan } from "@/lib/data/plans";
import { formatDateTime, formatShortDate } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Handlingsplan" };

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const plan = await orNotFound(getPlan(actor, id));
  const back = actor.organisationKind === "AGENCY" ? "/brev" : `/runder/${plan.round.id}`;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Link href={back}>← Tilbake</Link>
      <Heading level={1} data-size="lg">
        Handlingsplan for inkluderingsdugnaden – {plan.agency.name}
      </Heading>
      <div className="flex flex-wrap items-center gap-3">
        <span>Status:</span> <PlanStatusTag status={plan.status} />
        <span>Frist: {formatShortDate(plan.round.deadline)}</span>
        {plan.submittedAt && <span>Sendt inn {formatDateTime(plan.submittedAt)}</span>}
      </div>
      {plan.canEdit && plan.elements ? (
        <>
          <Paragraph>
            Planen skal dekke de fem elementene og vurderingen av traineeprogrammet. Du kan lagre et uferdig utkast og
            fortsette senere; alle feltene må være fylt ut før du sender inn.
          </Paragraph>
          <PlanForm planId={plan.id} version={plan.version} elements={plan.elements} />
        </>
      ) : plan.elements ? (
        <>
          {plan.status === "SUBMITTED" && actor.organisationKind === "AGENCY" && (
            <Alert data-color="info">Planen er sendt inn og kan ikke endres.</Alert>
          )}
          <PlanView elements={plan.elements} />
        </>
      ) : (
        <Paragraph>Planen er ikke sendt inn ennå. Innholdet vises når virksomheten har sendt den inn.</Paragraph>
      )}
    </div>
  );
}
