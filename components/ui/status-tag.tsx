import { Tag } from "@digdir/designsystemet-react";
import type { PlanStatus } from "@/lib/domain/plan";
import { nb } from "@/lib/i18n/nb";

const COLORS: Record<PlanStatus, "neutral" | "warning" | "info" | "success" | "danger"> = {
  NOT_STARTED: "neutral",
  DRAFT: "info",
  SUBMITTED: "success",
  CHANGES_REQUESTED: "warning",
  APPROVED: "success",
};

/** Plan status as a tag: the text says it, the colour only supports it. */
export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <Tag data-color={COLORS[status]}>{nb.planStatus[status]}</Tag>;
}
