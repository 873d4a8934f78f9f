import type { PlanElementKey } from "@/lib/domain/plan-content";

/** The five required elements of an action plan, plus the trainee-programme assessment, in order. */
export const PLAN_ELEMENTS = [
  "challenges",
  "measures",
  "goals",
  "goalLink",
  "responsibilities",
  "traineeAssessment",
] as const satisfies readonly PlanElementKey[];

export const PLAN_STATUSES = ["NOT_STARTED", "DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
/** "revise": the agency starts a revision of its approved plan (issue 13). */
export type PlanAction = "save" | "submit" | "requestChanges" | "approve" | "revise";

/**
 * The plan's life (DESIGN.md §2): not started → draft → submitted → changes requested →
 * submitted → approved (→ a revision: draft again, the same cycle). Returns the status after the action, or null when the plan's status does
 * not allow it. Who may take each action is decided by lib/access (plan.write, plan.review).
 */
export function transition(status: PlanStatus, action: PlanAction): PlanStatus | null {
  switch (action) {
    case "save":
      if (!isEditable(status)) return null;
      return status === "NOT_STARTED" ? "DRAFT" : status;
    case "submit":
      return isEditable(status) ? "SUBMITTED" : null;
    case "requestChanges":
      return status === "SUBMITTED" ? "CHANGES_REQUESTED" : null;
    case "approve":
      return status === "SUBMITTED" ? "APPROVED" : null;
    case "revise":
      return status === "APPROVED" ? "DRAFT" : null;
  }
}

/** The agency may change its plan only while it is not with the ministry. */
export function isEditable(status: PlanStatus): boolean {
  return status === "NOT_STARTED" || status === "DRAFT" || status === "CHANGES_REQUESTED";
}

/** A plan has something for outsiders to read once a version has been submitted. */
export function hasSubmittedVersion(status: PlanStatus, submittedVersions: number): boolean {
  return status !== "NOT_STARTED" && submittedVersions > 0;
}

/** Overdue: past the deadline and never submitted. */
export function isOverdue(status: PlanStatus, deadline: Date, today: Date): boolean {
  return (status === "NOT_STARTED" || status === "DRAFT") && deadline.getTime() < today.getTime();
}

/** Waiting for the ministry: submitted, not yet reviewed. */
export function awaitsReview(status: PlanStatus): boolean {
  return status === "SUBMITTED";
}
