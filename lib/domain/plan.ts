import type { PlanElementKey } from "@/lib/i18n/nb";

/** The five required elements of an action plan, plus the trainee-programme assessment, in order. */
export const PLAN_ELEMENTS = [
  "challenges",
  "measures",
  "goals",
  "goalLink",
  "responsibilities",
  "traineeAssessment",
] as const satisfies readonly PlanElementKey[];

export type PlanElements = Record<PlanElementKey, string>;

export type PlanStatus = "NOT_STARTED" | "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED";

/** Elements that are still empty (white space does not count as content). */
export function missingElements(plan: Partial<PlanElements>): PlanElementKey[] {
  return PLAN_ELEMENTS.filter((key) => !(plan[key] ?? "").trim());
}

export function isComplete(plan: Partial<PlanElements>): boolean {
  return missingElements(plan).length === 0;
}

/** The agency may change its plan only while it is not with the ministry. */
export function isEditable(status: PlanStatus): boolean {
  return status === "NOT_STARTED" || status === "DRAFT" || status === "CHANGES_REQUESTED";
}

/** Status after saving a draft. */
export function statusAfterSave(status: PlanStatus): PlanStatus {
  return status === "NOT_STARTED" ? "DRAFT" : status;
}

/**
 * Content of a plan that someone outside the agency may read: what has been submitted. While
 * changes are requested the agency edits the one stored text, so it is not shown outside until
 * resubmitted (frozen submitted versions come with the review feature).
 */
export function isVisibleOutsideAgency(status: PlanStatus): boolean {
  return status === "SUBMITTED" || status === "APPROVED";
}

/** Overdue: past the deadline and not yet submitted. */
export function isOverdue(status: PlanStatus, deadline: Date, today: Date): boolean {
  return (status === "NOT_STARTED" || status === "DRAFT") && deadline.getTime() < today.getTime();
}
