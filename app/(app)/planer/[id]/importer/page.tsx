import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { PlanImport } from "@/components/plans/plan-import";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getPlan } from "@/lib/data/plans";
import { env } from "@/lib/env";
import { applyPlanImportAction, readPlanImportAction } from "./actions";

export const metadata: Metadata = { title: "Importer plan fra Word" };

export default async function PlanImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const plan = await orNotFound(getPlan(actor, id));
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/planer/${plan.id}`}>← Tilbake til planen</Link>
      <Heading level={1} data-size="lg">
        Importer plan fra Word – {plan.agency.name}
      </Heading>
      {plan.canEdit ? (
        <>
          <Paragraph>
            Har dere planen i et Word-dokument, kan dere laste det opp her. Dokumentet deles i planens elementer etter overskriftene (for
            eksempel «Utfordringer og muligheter», «Tiltak», «Mål», «Ansvar» og «Traineeprogrammet»). Du kontrollerer og retter teksten før
            den blir utkastet.
          </Paragraph>
          <PlanImport planId={plan.id} maxMb={env.ATTACHMENT_MAX_MB} read={readPlanImportAction} apply={applyPlanImportAction} />
        </>
      ) : (
        <Alert data-color="info">Planen kan ikke endres nå, og kan derfor ikke importeres fra Word.</Alert>
      )}
    </div>
  );
}
