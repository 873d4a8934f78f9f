import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { PlanContentView } from "@/components/plans/plan-content-view";
import { ReviewForm } from "@/components/plans/review-form";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getPlan } from "@/lib/data/plans";
import { formatDateTime } from "@/lib/domain/format";
import { reviewPlanAction } from "../actions";

export const metadata: Metadata = { title: "Gjennomgang av handlingsplan" };

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const plan = await orNotFound(getPlan(actor, id));
  if (!plan.canReview || !plan.latestVersion) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/planer/${plan.id}`}>← Tilbake til planen</Link>
      <Heading level={1} data-size="lg">
        Gjennomgang: {plan.agency.name}, versjon {plan.latestVersion.number}
      </Heading>
      <Paragraph>
        Sendt inn {formatDateTime(plan.latestVersion.submittedAt)}. Kommenter elementene, og godkjenn planen eller be om
        endringer. Virksomheten ser kommentarene ved elementene de gjelder.
      </Paragraph>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="planen">
          <Heading level={2} data-size="md" id="planen" className="mb-4">
            Planen
          </Heading>
          <PlanContentView content={plan.latestVersion.content} headingLevel={3} />
        </section>
        <section aria-labelledby="vurdering">
          <Heading level={2} data-size="md" id="vurdering" className="mb-4">
            Din vurdering
          </Heading>
          <ReviewForm planId={plan.id} versionNumber={plan.latestVersion.number} review={reviewPlanAction} />
        </section>
      </div>
    </div>
  );
}
