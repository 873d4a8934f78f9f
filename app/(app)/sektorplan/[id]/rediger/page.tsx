import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { SectorPlanEditor } from "@/components/sector-plan/sector-plan-editor";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getSectorPlan, listSubmittedAgencyPlans } from "@/lib/data/sector-plans";
import { publishSectorPlanAction, saveSectorPlanAction } from "./actions";

export const metadata: Metadata = { title: "Rediger sektorplan" };

export default async function EditSectorPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const plan = await orNotFound(getSectorPlan(actor, id));
  if (!plan.canEdit || !plan.draft) notFound();
  const agencyPlans = await orNotFound(listSubmittedAgencyPlans(actor, id));
  const nextNumber = (plan.latest?.number ?? 0) + 1;
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/sektorplan/${plan.id}`}>← Til sektorplanen</Link>
      <Heading level={1} data-size="lg">
        Rediger sektorplan {plan.year}
      </Heading>
      {plan.latest ? (
        <Alert data-color="info">
          Versjon {plan.latest.number} er publisert og endres ikke. Det du lagrer her, er et utkast til versjon {nextNumber}. Virksomhetene
          får se hva som er endret når du publiserer.
        </Alert>
      ) : (
        <Paragraph>Utkastet er bare synlig for departementet til det er publisert.</Paragraph>
      )}
      <SectorPlanEditor
        planId={plan.id}
        version={plan.version}
        content={plan.draft}
        nextNumber={nextNumber}
        save={saveSectorPlanAction}
        publish={publishSectorPlanAction}
        agencyPlans={agencyPlans.map((p) => ({ agencyId: p.agencyId, agencyName: p.agencyName, versionNumber: p.versionNumber, content: p.content }))}
      />
    </div>
  );
}
