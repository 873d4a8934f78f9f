"use client";

import { Tag } from "@/components/ds/primitives";
import { useTexts } from "@/components/i18n/locale-provider";
import type { PlanStatus } from "@/lib/domain/plan";
import { commonTexts } from "@/lib/i18n/common";

/** A plan status's colour; the text says the status, the colour only supports it. */
export const PLAN_STATUS_COLORS: Record<PlanStatus, "neutral" | "warning" | "info" | "success" | "danger"> = {
  NOT_STARTED: "neutral",
  DRAFT: "info",
  SUBMITTED: "success",
  CHANGES_REQUESTED: "warning",
  APPROVED: "success",
};

/** Plan status as a tag, in the page's language: the text says it, the colour only supports it. */
export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <Tag data-color={PLAN_STATUS_COLORS[status]}>{useTexts(commonTexts).planStatus[status]}</Tag>;
}
