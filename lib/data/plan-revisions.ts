import "server-only";
import { agencyWhere, authorize, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { conflict, invalid, notFound } from "@/lib/data/errors";
import { notifyPlanSignoff } from "@/lib/data/notification-events";
import { assertPlanComplete, readContent } from "@/lib/data/plans";
import { prisma } from "@/lib/db";
import { isEditable, transition } from "@/lib/domain/plan";
import type { PlanContent } from "@/lib/domain/plan-content";
import { signoffAwaitsLeader } from "@/lib/domain/plan-revision";
import { common } from "@/lib/i18n/common";

// Revising an approved plan, and the leader's sign-off before HR submits (issue 13;
// docs/decisions/019-plan-revisions-and-signoff.md). Each change is one transaction with its audit
// event (and its notification), and is guarded by the draft's `version` like every save.

const planEvent = (plan: { id: string; agency: { id: string; parentId: string | null } }) => ({
  entity: "ActionPlan",
  entityId: plan.id,
  subjectOrganisationId: plan.agency.id,
  sectorIds: plan.agency.parentId ? [plan.agency.parentId] : [],
});

/**
 * The agency starts a revision of its approved plan: the working draft becomes a copy of the
 * approved version and the plan is a draft again. `approvedVersion` stays: the approved version is
 * the valid plan until the ministry approves the revision.
 */
export async function startRevision(actor: Actor, input: { planId: string; version: number }) {
  authorize(actor, "plan.write");
  return prisma.$transaction(async (tx) => {
    const plan = await tx.actionPlan.findFirst({
      where: { id: input.planId, agency: agencyWhere(actor, "plan.write") },
      select: { id: true, status: true, version: true, approvedVersion: true, agency: { select: { id: true, parentId: true } } },
    });
    if (!plan) throw notFound();
    const status = transition(plan.status, "revise");
    if (!status || plan.approvedVersion === null) throw conflict(common().errors.notRevisable);
    if (plan.version !== input.version) throw conflict(common().errors.staleVersion);
    const approved = await tx.planVersion.findUniqueOrThrow({
      where: { planId_number: { planId: plan.id, number: plan.approvedVersion } },
      select: { content: true },
    });
    const { count } = await tx.actionPlan.updateMany({
      where: { id: plan.id, version: input.version, status: "APPROVED" },
      data: {
        status,
        content: approved.content ?? {},
        version: { increment: 1 },
        updatedById: actor.userId,
        signoffStatus: null,
        signoffVersion: null,
        signoffAt: null,
        signoffById: null,
        signoffComment: null,
      },
    });
    if (count !== 1) throw conflict(common().errors.staleVersion);
    await recordAudit(tx, actor, {
      ...planEvent(plan),
      action: "revise",
      before: { status: plan.status, version: plan.version },
      after: { status, version: plan.version + 1, fromVersion: plan.approvedVersion },
    });
    return { version: plan.version + 1, status };
  });
}

/**
 * HR saves the draft as it stands and asks the agency's leader to approve it before submitting.
 * Only a complete draft, in a round that asks for sign-off; the request concerns this draft
 * version, so any later edit leaves it outdated.
 */
export async function requestSignoff(actor: Actor, input: { planId: string; version: number; content: PlanContent }) {
  authorize(actor, "plan.write");
  assertPlanComplete(input.content);
  return prisma.$transaction(async (tx) => {
    const plan = await tx.actionPlan.findFirst({
      where: { id: input.planId, agency: agencyWhere(actor, "plan.write") },
      select: { id: true, status: true, version: true, content: true, agency: { select: { id: true, parentId: true } }, round: { select: { requiresLeaderApproval: true } } },
    });
    if (!plan) throw notFound();
    if (!isEditable(plan.status)) throw conflict(common().errors.planLocked);
    if (!plan.round.requiresLeaderApproval) throw conflict(common().errors.signoffNotRequired);
    if (plan.version !== input.version) {
      throw conflict(common().errors.staleVersion, { version: plan.version, content: readContent(plan.content) });
    }
    const version = plan.version + 1;
    const now = new Date();
    const status = transition(plan.status, "save")!;
    const { count } = await tx.actionPlan.updateMany({
      where: { id: plan.id, version: input.version },
      data: {
        content: input.content,
        status,
        version,
        updatedById: actor.userId,
        signoffStatus: "REQUESTED",
        signoffVersion: version,
        signoffAt: now,
        signoffById: null,
        signoffComment: null,
      },
    });
    if (count !== 1) throw conflict(common().errors.staleVersion);
    await recordAudit(tx, actor, {
      ...planEvent(plan),
      action: "requestSignoff",
      before: { status: plan.status, version: plan.version },
      after: { status, version },
      // The sign-off is the agency's own business: no view of the sector changes with it.
      changesViews: status !== plan.status,
    });
    await notifyPlanSignoff(tx, plan.id, version, "REQUESTED", null);
    return { version, savedAt: now };
  });
}

export interface SignoffDecision {
  planId: string;
  /** The draft version the leader read: a draft changed since is not approved blind. */
  version: number;
  decision: "approve" | "return";
  comment: string;
}

/**
 * The agency's leader approves the draft for submission, or sends it back with a comment. Only a
 * pending request for the draft as it stands; the draft's `version` is not changed, so HR's
 * editor stays current and submits exactly what the leader read.
 */
export async function decideSignoff(actor: Actor, input: SignoffDecision) {
  authorize(actor, "plan.signoff");
  const comment = input.comment.trim();
  if (input.decision === "return" && !comment) throw invalid({ comment: [common().errors.signoffCommentRequired] });
  return prisma.$transaction(async (tx) => {
    const plan = await tx.actionPlan.findFirst({
      where: { id: input.planId, agency: agencyWhere(actor, "plan.signoff") },
      select: {
        id: true, status: true, version: true, signoffStatus: true, signoffVersion: true,
        agency: { select: { id: true, parentId: true } }, round: { select: { requiresLeaderApproval: true } },
      },
    });
    if (!plan) throw notFound();
    const facts = { requiresLeaderApproval: plan.round.requiresLeaderApproval, version: plan.version, signoffStatus: plan.signoffStatus, signoffVersion: plan.signoffVersion };
    if (!isEditable(plan.status) || plan.version !== input.version || !signoffAwaitsLeader(facts)) throw conflict(common().errors.signoffNotPending);
    const signoffStatus = input.decision === "approve" ? "APPROVED" : "RETURNED";
    const { count } = await tx.actionPlan.updateMany({
      where: { id: plan.id, version: input.version, signoffStatus: "REQUESTED", signoffVersion: input.version },
      data: { signoffStatus, signoffAt: new Date(), signoffById: actor.userId, signoffComment: comment || null },
    });
    if (count !== 1) throw conflict(common().errors.signoffNotPending);
    await recordAudit(tx, actor, {
      ...planEvent(plan),
      action: input.decision === "approve" ? "signoff" : "returnSignoff",
      before: { signoffStatus: plan.signoffStatus, version: plan.version },
      // The comment concerns the draft, which stays inside the agency: not in the audit log.
      after: { signoffStatus, version: plan.version },
      changesViews: false,
    });
    await notifyPlanSignoff(tx, plan.id, plan.version, signoffStatus, comment || null);
    return { signoffStatus };
  });
}
