import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Heading, Paragraph } from "@/components/ds/primitives";
import { SectorPlanEditor } from "@/components/sector-plan/sector-plan-editor";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getSectorPlan, listSubmittedAgencyPlans } from "@/lib/data/sector-plans";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";
import { getTexts } from "@/lib/i18n/server";
import { publishSectorPlanAction, saveSectorPlanAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(sectorPlanUiTexts)).edit.title };
}

export default async function EditSectorPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const plan = await orNotFound(getSectorPlan(actor, id));
  if (!plan.canEdit || !plan.draft) notFound();
  const agencyPlans = await orNotFound(listSubmittedAgencyPlans(actor, id));
  const nextNumber = (plan.latest?.number ?? 0) + 1;
  const t = (await getTexts(sectorPlanUiTexts)).edit;
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/sektorplan/${plan.id}`}>{t.back}</Link>
      <Heading level={1} data-size="lg">
        {t.heading(plan.year)}
      </Heading>
      {plan.latest ? (
        <Alert data-color="info">{t.revising(plan.latest.number, nextNumber)}</Alert>
      ) : (
        <Paragraph>{t.draftOnly}</Paragraph>
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
