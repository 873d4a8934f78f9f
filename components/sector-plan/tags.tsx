import { Tag } from "@/components/ds/primitives";
import type { FollowUpStatus } from "@/lib/domain/follow-up";
import type { MeasureKind, SectorPlanState } from "@/lib/domain/sector-plan";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { sectorPlanTexts } from "@/lib/i18n/sector-plan";
import { requestLocale } from "@/lib/i18n/server";

/** The tags' words in the given language (a document's own tags: bokmål), else the request's. */
const texts = async (locale?: Locale) => textsIn(sectorPlanTexts, locale ?? (await requestLocale()));

// Tags that say it in words; the colour only supports the text (WCAG 1.4.1).

const FOLLOW_UP_COLORS: Record<FollowUpStatus, "neutral" | "info" | "success" | "warning"> = {
  NOT_STARTED: "neutral",
  IN_PROGRESS: "info",
  DONE: "success",
  NOT_RELEVANT: "warning",
};

export async function FollowUpStatusTag({ status, locale }: { status: FollowUpStatus; locale?: Locale }) {
  const t = await texts(locale);
  return (
    <Tag data-color={FOLLOW_UP_COLORS[status]} data-size="sm">
      {t.followUpStatuses[status]}
    </Tag>
  );
}

export async function MeasureKindTag({ kind, locale }: { kind: MeasureKind; locale?: Locale }) {
  const t = await texts(locale);
  return (
    <Tag data-color={kind === "MANDATORY" ? "accent" : "neutral"} data-size="sm">
      {t.measureKindsLong[kind]}
    </Tag>
  );
}

const STATE_COLORS: Record<SectorPlanState, "neutral" | "info" | "success"> = { DRAFT: "info", PUBLISHED: "success", REVISING: "info" };

export async function SectorPlanStateTag({ state, locale }: { state: SectorPlanState; locale?: Locale }) {
  const t = await texts(locale);
  return <Tag data-color={STATE_COLORS[state]}>{t.states[state]}</Tag>;
}
