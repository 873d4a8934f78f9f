import { Tag } from "@digdir/designsystemet-react";
import type { FollowUpStatus } from "@/lib/domain/follow-up";
import type { MeasureKind, SectorPlanState } from "@/lib/domain/sector-plan";
import { sectorPlanText as t } from "@/lib/i18n/sector-plan-nb";

// Tags that say it in words; the colour only supports the text (WCAG 1.4.1).

const FOLLOW_UP_COLORS: Record<FollowUpStatus, "neutral" | "info" | "success" | "warning"> = {
  NOT_STARTED: "neutral",
  IN_PROGRESS: "info",
  DONE: "success",
  NOT_RELEVANT: "warning",
};

export function FollowUpStatusTag({ status }: { status: FollowUpStatus }) {
  return (
    <Tag data-color={FOLLOW_UP_COLORS[status]} data-size="sm">
      {t.followUpStatuses[status]}
    </Tag>
  );
}

export function MeasureKindTag({ kind }: { kind: MeasureKind }) {
  return (
    <Tag data-color={kind === "MANDATORY" ? "accent" : "neutral"} data-size="sm">
      {t.measureKindsLong[kind]}
    </Tag>
  );
}

const STATE_COLORS: Record<SectorPlanState, "neutral" | "info" | "success"> = { DRAFT: "info", PUBLISHED: "success", REVISING: "info" };

export function SectorPlanStateTag({ state }: { state: SectorPlanState }) {
  return <Tag data-color={STATE_COLORS[state]}>{t.states[state]}</Tag>;
}
