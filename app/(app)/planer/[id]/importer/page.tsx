import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@/components/ds/primitives";
import { PlanImport } from "@/components/plans/plan-import";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getPlan } from "@/lib/data/plans";
import { env } from "@/lib/env";
import { textsIn } from "@/lib/i18n/messages";
import { planPageTexts } from "@/lib/i18n/plans";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { applyPlanImportAction, readPlanImportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(planPageTexts)).titles.import };
}

export default async function PlanImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const plan = await orNotFound(getPlan(actor, id));
  const t = textsIn(planPageTexts, await requestLocale());
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/planer/${plan.id}`}>{t.backToPlan}</Link>
      <Heading level={1} data-size="lg">
        {t.importPage.heading(plan.agency.name)}
      </Heading>
      {plan.canEdit ? (
        <>
          <Paragraph>{t.importPage.intro}</Paragraph>
          <PlanImport planId={plan.id} maxMb={env.ATTACHMENT_MAX_MB} read={readPlanImportAction} apply={applyPlanImportAction} />
        </>
      ) : (
        <Alert data-color="info">{t.importPage.locked}</Alert>
      )}
    </div>
  );
}
