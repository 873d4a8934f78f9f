import type { PlanStatus } from "@/lib/domain/plan";

/**
 * A plan status's colour; the text says the status, the colour only supports it. Kept out of the
 * client module status-tag.tsx: a server component reading it from there would get a client
 * reference, not the map.
 */
export const PLAN_STATUS_COLORS: Record<PlanStatus, "neutral" | "warning" | "info" | "success" | "danger"> = {
  NOT_STARTED: "neutral",
  DRAFT: "info",
  SUBMITTED: "success",
  CHANGES_REQUESTED: "warning",
  APPROVED: "success",
};
