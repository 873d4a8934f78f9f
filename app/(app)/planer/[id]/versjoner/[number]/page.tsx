import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { PlanContentView } from "@/components/plans/plan-content-view";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getPlanVersion } from "@/lib/data/plans";
import { formatDateTime } from "@/lib/domain/format";
import { textsIn } from "@/lib/i18n/messages";
import { planPageTexts } from "@/lib/i18n/plans";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(planPageTexts)).titles.version };
}

/** One submitted version of a plan, as it was sent in. */
export default async function PlanVersionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const n = Number(number);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) notFound();
  const actor = await requireActor();
  const v = await orNotFound(getPlanVersion(actor, id, n));
  const locale = await requestLocale();
  const t = textsIn(planPageTexts, locale);
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/planer/${id}`}>{t.backToPlan}</Link>
      <Heading level={1} data-size="lg">
        {t.versionPage.heading(v.agencyName, v.number)}
      </Heading>
      <Paragraph>
        {t.versionPage.submitted(formatDateTime(v.submittedAt, locale))}{" "}
        {v.approvedAt && t.versionPage.approved(formatDateTime(v.approvedAt, locale), v.isValid)}{" "}
        <a href={`/api/planer/${id}/versjoner/${v.number}/pdf`} download>
          {t.versionPage.downloadPdf}
        </a>
      </Paragraph>
      <PlanContentView content={v.content} />
    </div>
  );
}
