"use client";

import { Tag } from "@/components/ds/primitives";
import { useTexts } from "@/components/i18n/locale-provider";
import { PLAN_STATUS_COLORS } from "@/components/ui/plan-status-colors";
import type { PlanStatus } from "@/lib/domain/plan";
import { commonTexts } from "@/lib/i18n/common";

/** Plan status as a tag, in the page's language: the text says it, the colour only supports it. */
export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <Tag data-color={PLAN_STATUS_COLORS[status]}>{useTexts(commonTexts).planStatus[status]}</Tag>;
}
