import type { PlanStatus } from "@/lib/domain/plan";

// Revising an approved plan and the leader's sign-off (issue 13): pure rules, no texts, no I/O.
// docs/decisions/019-plan-revisions-and-signoff.md.

/**
 * Where a revision stands: none (no approved version, or the approved version is the latest
 * word), or the revision's own status while the approved version stays the valid plan.
 */
export type RevisionState = "none" | "draft" | "submitted" | "changesRequested";

export interface PlanStanding {
  /** The approved, valid version (null: no version approved yet). */
  validVersion: number | null;
  revision: RevisionState;
}

/**
 * The plan's valid version and its revision, from its status and `approvedVersion`. A plan with
 * an approved version that is not APPROVED any more is being revised; the approved version stays
 * valid until the ministry approves the revision. Used by the plan page, and by a new round whose
 * plan starts from the latest approved version.
 */
export function planStanding(plan: { status: PlanStatus; approvedVersion: number | null }): PlanStanding {
  const validVersion = plan.approvedVersion;
  if (validVersion === null || plan.status === "APPROVED") return { validVersion, revision: "none" };
  switch (plan.status) {
    case "SUBMITTED":
      return { validVersion, revision: "submitted" };
    case "CHANGES_REQUESTED":
      return { validVersion, revision: "changesRequested" };
    default:
      return { validVersion, revision: "draft" };
  }
}

export type SignoffStatus = "REQUESTED" | "APPROVED" | "RETURNED";

/**
 * The leader's sign-off of the current draft: notRequired (the round does not ask for it),
 * notAsked, requested, approved, returned (sent back with a comment), or outdated (the draft was
 * edited after it was asked for or decided: a sign-off holds for one draft version only).
 */
export type SignoffState = "notRequired" | "notAsked" | "requested" | "approved" | "returned" | "outdated";

export interface SignoffFacts {
  requiresLeaderApproval: boolean;
  /** The draft's version now. */
  version: number;
  signoffStatus: SignoffStatus | null;
  /** The draft version the request or decision concerns. */
  signoffVersion: number | null;
}

export function signoffState(p: SignoffFacts): SignoffState {
  if (!p.requiresLeaderApproval) return "notRequired";
  if (p.signoffStatus === null || p.signoffVersion === null) return "notAsked";
  if (p.signoffVersion !== p.version) return "outdated";
  switch (p.signoffStatus) {
    case "REQUESTED":
      return "requested";
    case "APPROVED":
      return "approved";
    case "RETURNED":
      return "returned";
  }
}

/** HR may submit this draft version: no sign-off needed, or the leader approved exactly this version. */
export function signoffAllowsSubmit(p: SignoffFacts): boolean {
  const state = signoffState(p);
  return state === "notRequired" || state === "approved";
}

/** The leader may decide only on a request for the draft as it stands. */
export function signoffAwaitsLeader(p: SignoffFacts): boolean {
  return signoffState(p) === "requested";
}
