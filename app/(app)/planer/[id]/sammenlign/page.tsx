import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { VersionDiff } from "@/components/plans/version-diff";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getPlanVersion } from "@/lib/data/plans";
import { formatDateTime } from "@/lib/domain/format";
import { textsIn } from "@/lib/i18n/messages";
import { planPageTexts } from "@/lib/i18n/plans";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(planPageTexts)).titles.compare };
}

export default async function ComparePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ fra?: string; til?: string }> }) {
  const { id } = await params;
  const q = await searchParams;
  const actor = await requireActor();
  const locale = await requestLocale();
  const t = textsIn(planPageTexts, locale);
  const from = Number(q.fra);
  const to = Number(q.til);
  if (![from, to].every((n) => Number.isInteger(n) && n >= 1 && n <= 10_000)) {
    return <Paragraph>{t.comparePage.chooseTwo}</Paragraph>;
  }
  const [left, right] = await Promise.all([orNotFound(getPlanVersion(actor, id, Math.min(from, to))), orNotFound(getPlanVersion(actor, id, Math.max(from, to)))]);
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/planer/${id}`}>{t.backToPlan}</Link>
      <Heading level={1} data-size="lg">
        {t.comparePage.heading(left.agencyName, left.number, right.number)}
      </Heading>
      <VersionDiff
        left={left.content}
        right={right.content}
        leftLabel={t.comparePage.versionLabel(left.number, formatDateTime(left.submittedAt, locale))}
        rightLabel={t.comparePage.versionLabel(right.number, formatDateTime(right.submittedAt, locale))}
        locale={locale}
      />
    </div>
  );
}
