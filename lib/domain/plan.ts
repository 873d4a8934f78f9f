import type { Role } from "@/lib/auth/permissions";
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
export type PlanAction = "save" | "submit" | "requestChanges" | "approve";

/**
 * The plan's life (DESIGN.md §2): not started → draft → submitted → changes requested →
 * submitted → approved. The agency's HR saves and submits; the ministry's adviser reviews.
 * Returns the status after the action, or null when the action is not allowed.
 */
export function transition(status: PlanStatus, action: PlanAction, role: Role): PlanStatus | null {
  switch (action) {
    case "save":
      if (role !== "AGENCY_HR" || !isEditable(status)) return null;
      return status === "NOT_STARTED" ? "DRAFT" : status;
    case "submit":
      return role === "AGENCY_HR" && isEditable(status) ? "SUBMITTED" : null;
    case "requestChanges":
      return role === "ADVISER" && status === "SUBMITTED" ? "CHANGES_REQUESTED" : null;
    case "approve":
      return role === "ADVISER" && status === "SUBMITTED" ? "APPROVED" : null;
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
