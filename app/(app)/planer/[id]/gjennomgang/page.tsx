import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { PlanContentView } from "@/components/plans/plan-content-view";
import { ReviewForm } from "@/components/plans/review-form";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getPlan } from "@/lib/data/plans";
import { formatDateTime } from "@/lib/domain/format";
import { textsIn } from "@/lib/i18n/messages";
import { planPageTexts } from "@/lib/i18n/plans";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { reviewPlanAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(planPageTexts)).titles.review };
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const plan = await orNotFound(getPlan(actor, id));
  if (!plan.canReview || !plan.latestVersion) notFound();
  const locale = await requestLocale();
  const t = textsIn(planPageTexts, locale);
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/planer/${plan.id}`}>{t.backToPlan}</Link>
      <Heading level={1} data-size="lg">
        {t.reviewPage.heading(plan.agency.name, plan.latestVersion.number)}
      </Heading>
      <Paragraph>{t.reviewPage.intro(formatDateTime(plan.latestVersion.submittedAt, locale))}</Paragraph>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="planen">
          <Heading level={2} data-size="md" id="planen" className="mb-4">
            {t.reviewPage.planHeading}
          </Heading>
          <PlanContentView content={plan.latestVersion.content} headingLevel={3} />
        </section>
        <section aria-labelledby="vurdering">
          <Heading level={2} data-size="md" id="vurdering" className="mb-4">
            {t.reviewPage.assessmentHeading}
          </Heading>
          <ReviewForm planId={plan.id} versionNumber={plan.latestVersion.number} review={reviewPlanAction} />
        </section>
      </div>
    </div>
  );
}
