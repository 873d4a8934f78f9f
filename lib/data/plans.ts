import "server-only";
import { notifyPlanReviewed, notifyPlanSubmitted } from "@/lib/data/notification-events";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agencyWhere, authorize, can, type Actor } from "@/lib/access";
import { recordAudit, recordEditing } from "@/lib/data/audit";
import { conflict, invalid, notFound } from "@/lib/data/errors";
import { isEditable, transition, type PlanAction, type PlanStatus } from "@/lib/domain/plan";
import { planStanding, signoffAllowsSubmit, signoffAwaitsLeader, signoffState } from "@/lib/domain/plan-revision";
import { planCompleteness, planContentSchema, type PlanContent } from "@/lib/domain/plan-content";
import { common } from "@/lib/i18n/common";

/** Stored JSON → content (tolerates older or partial documents). */
export function readContent(json: Prisma.JsonValue): PlanContent {
  const parsed = planContentSchema.safeParse(json ?? {});
  return parsed.success ? parsed.data : planContentSchema.parse({});
}

const HISTORY_ACTIONS = ["start", "submit", "requestChanges", "approve", "revise", "requestSignoff", "signoff", "returnSignoff"];

/**
 * A plan this actor may read. The agency's own people get the working draft; everyone else
 * reads only submitted versions: an agency's drafts are its own.
 */
export async function getPlan(actor: Actor, planId: string) {
  authorize(actor, "plan.read");
  const plan = await prisma.actionPlan.findFirst({
    where: { id: planId, agency: agencyWhere(actor, "plan.read") },
    select: {
      id: true,
      status: true,
      version: true,
      content: true,
      submittedAt: true,
      updatedAt: true,
      approvedVersion: true,
      signoffStatus: true,
      signoffVersion: true,
      signoffAt: true,
      signoffById: true,
      signoffComment: true,
      agency: { select: { id: true, name: true, shortName: true, parentId: true } },
      round: { select: { id: true, title: true, year: true, deadline: true, requiresLeaderApproval: true } },
      versions: { select: { number: true, submittedAt: true, approvedAt: true, content: true }, orderBy: { number: "asc" } },
      basedOnVersion: { select: { number: true, plan: { select: { id: true, round: { select: { title: true, year: true } } } } } },
      comments: { select: { id: true, versionNumber: true, element: true, body: true, authorId: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!plan) throw notFound();
  // An agency's working draft is its own: only its own people read it.
  const own = actor.organisationKind === "AGENCY" && plan.agency.id === actor.organisationId;
  const target = { organisationId: plan.agency.id, sectorId: plan.agency.parentId };
  const events = await prisma.auditEvent.findMany({
    where: { entity: "ActionPlan", entityId: plan.id, action: { in: HISTORY_ACTIONS } },
    select: { at: true, action: true, actorId: true },
    orderBy: { at: "asc" },
  });
  const people = await prisma.user.findMany({
    where: { id: { in: [...new Set([...events.map((e) => e.actorId), ...plan.comments.map((c) => c.authorId), plan.signoffById].filter((x): x is string => !!x))] } },
    select: { id: true, name: true, organisation: { select: { shortName: true } } },
  });
  const who = new Map(people.map((p) => [p.id, `${p.name} (${p.organisation.shortName})`]));
  const latest = plan.versions.at(-1) ?? null;
  // The agency's plans in the other rounds, with their submitted versions: every year stays readable.
  const otherPlans = await prisma.actionPlan.findMany({
    where: { agencyId: plan.agency.id, id: { not: plan.id }, agency: agencyWhere(actor, "plan.read") },
    select: {
      id: true,
      status: true,
      round: { select: { id: true, title: true, year: true, deadline: true } },
      versions: { select: { number: true, submittedAt: true }, orderBy: { number: "asc" } },
    },
    orderBy: [{ round: { deadline: "desc" } }, { round: { createdAt: "desc" } }],
  });
  const basedOn = plan.basedOnVersion;
  const standing = planStanding({ status: plan.status, approvedVersion: plan.approvedVersion });
  const valid = plan.versions.find((v) => v.number === standing.validVersion) ?? null;
  const signoffFacts = {
    requiresLeaderApproval: plan.round.requiresLeaderApproval,
    version: plan.version,
    signoffStatus: plan.signoffStatus,
    signoffVersion: plan.signoffVersion,
  };
  const editable = isEditable(plan.status);
  return {
    id: plan.id,
    status: plan.status,
    version: plan.version,
    submittedAt: plan.submittedAt,
    updatedAt: plan.updatedAt,
    agency: { id: plan.agency.id, name: plan.agency.name, shortName: plan.agency.shortName },
    round: plan.round,
    /** The working draft: only for the agency itself. */
    draft: own ? readContent(plan.content) : null,
    versions: plan.versions.map((v) => ({ number: v.number, submittedAt: v.submittedAt, approvedAt: v.approvedAt })),
    latestVersion: latest ? { number: latest.number, submittedAt: latest.submittedAt, content: readContent(latest.content) } : null,
    /** The approved, valid version and where its revision stands (issue 13). */
    standing,
    validVersion: valid ? { number: valid.number, submittedAt: valid.submittedAt, approvedAt: valid.approvedAt, content: readContent(valid.content) } : null,
    /** The leader's sign-off of the draft (issue 13); the state matters only while the agency may edit. */
    signoff: {
      required: plan.round.requiresLeaderApproval,
      state: editable ? signoffState(signoffFacts) : ("notRequired" as const),
      at: plan.signoffAt,
      byName: plan.signoffById ? (who.get(plan.signoffById) ?? "") : "",
      comment: plan.signoffComment,
    },
    // Review comments are shared with the agency once given (they concern submitted versions).
    comments: plan.comments.map((c) => ({ ...c, authorName: who.get(c.authorId) ?? "" })),
    history: events.map((e) => ({ at: e.at, action: e.action as PlanAction | "start", actorName: e.actorId ? (who.get(e.actorId) ?? "") : "" })),
    /** The approved version of an earlier round's plan this one was started from. */
    basedOn: basedOn ? { planId: basedOn.plan.id, number: basedOn.number, roundTitle: basedOn.plan.round.title, roundYear: basedOn.plan.round.year } : null,
    otherPlans: otherPlans.map((p) => ({ id: p.id, status: p.status, round: p.round, versions: p.versions })),
    canEdit: can(actor, "plan.write", target) && transition(plan.status, "save") !== null,
    canReview: can(actor, "plan.review", target) && transition(plan.status, "approve") !== null,
    canStartRevision: can(actor, "plan.write", target) && transition(plan.status, "revise") !== null,
    canSignoff: can(actor, "plan.signoff", target) && editable && signoffAwaitsLeader(signoffFacts),
  };
}

/**
 * The plans this actor may read, newest round first, optionally of one round or one agency (the
 * API's list): status and the submitted versions, never a draft's content.
 */
export async function listPlans(actor: Actor, filter: { roundId?: string; agencyId?: string } = {}) {
  authorize(actor, "plan.read");
  const plans = await prisma.actionPlan.findMany({
    where: {
      agency: { AND: [agencyWhere(actor, "plan.read"), filter.agencyId ? { id: filter.agencyId } : {}] },
      ...(filter.roundId ? { roundId: filter.roundId } : {}),
      // A round not yet sent is the ministry's draft: its plans are nobody's yet.
      round: { sentAt: { not: null } },
    },
    select: {
      id: true,
      status: true,
      submittedAt: true,
      approvedVersion: true,
      agency: { select: { id: true, name: true, shortName: true } },
      round: { select: { id: true, title: true, year: true, deadline: true } },
      versions: { select: { number: true, submittedAt: true, approvedAt: true }, orderBy: { number: "asc" } },
    },
    orderBy: [{ round: { deadline: "desc" } }, { round: { createdAt: "desc" } }, { agency: { name: "asc" } }],
  });
  return plans;
}

/** One submitted version's content, for whoever may read the plan. */
export async function getPlanVersion(actor: Actor, planId: string, number: number) {
  authorize(actor, "plan.read");
  const v = await prisma.planVersion.findFirst({
    where: { number, plan: { id: planId, agency: agencyWhere(actor, "plan.read") } },
    select: { number: true, submittedAt: true, approvedAt: true, content: true, plan: { select: { status: true, approvedVersion: true, agency: { select: { name: true } }, round: { select: { title: true } } } } },
  });
  if (!v) throw notFound();
  return {
    number: v.number, submittedAt: v.submittedAt, content: readContent(v.content), agencyName: v.plan.agency.name, roundTitle: v.plan.round.title, status: v.plan.status,
    /** When the ministry approved this version, and whether it is the valid one now (issue 13). */
    approvedAt: v.approvedAt,
    isValid: v.plan.approvedVersion === v.number,
  };
}

/** Two plan contents are the same document (both parsed by the same schema, so key order agrees). */
function sameContent(a: PlanContent, b: PlanContent): boolean {
  return JSON.stringify(planContentSchema.parse(a)) === JSON.stringify(planContentSchema.parse(b));
}

interface SaveInput {
  planId: string;
  version: number;
  content: PlanContent;
}

/** Refuses a plan that is not complete enough to submit (or to ask the leader to approve), by element. */
export function assertPlanComplete(content: PlanContent): void {
  const fieldErrors = Object.fromEntries(
    Object.entries(planCompleteness(content))
      .filter(([, list]) => list.length > 0)
      .map(([element, list]) => [element, list.map((code) => common().planProblems[code])]),
  );
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors, common().errors.planIncomplete);
}

/**
 * Saves the agency's working draft, or submits it as the next frozen version. Refused when the
 * plan is not the actor's agency's, when it is with the ministry, or when someone saved since
 * `input.version`: then the newer draft comes back with the error, and nothing is overwritten.
 */
export async function savePlan(actor: Actor, input: SaveInput, mode: "draft" | "submit") {
  authorize(actor, "plan.write");
  if (mode === "submit") assertPlanComplete(input.content);
  return prisma.$transaction(async (tx) => {
    const current = await tx.actionPlan.findFirst({
      where: { id: input.planId, agency: agencyWhere(actor, "plan.write") },
      select: {
        id: true, status: true, version: true, content: true, approvedVersion: true, signoffStatus: true, signoffVersion: true,
        agency: { select: { id: true, parentId: true } }, round: { select: { requiresLeaderApproval: true } },
      },
    });
    if (!current) throw notFound();
    if (!isEditable(current.status)) throw conflict(common().errors.planLocked);
    if (current.version !== input.version) {
      throw conflict(common().errors.staleVersion, { version: current.version, content: readContent(current.content) });
    }
    // Where the round asks for it, only the draft the leader approved is submitted: that version,
    // with exactly its content (issue 13).
    if (mode === "submit" && current.round.requiresLeaderApproval) {
      const facts = { requiresLeaderApproval: true, version: current.version, signoffStatus: current.signoffStatus, signoffVersion: current.signoffVersion };
      if (!signoffAllowsSubmit(facts) || !sameContent(readContent(current.content), input.content)) throw conflict(common().errors.signoffMissing);
    }
    const status = transition(current.status, mode === "submit" ? "submit" : "save");
    if (!status) throw conflict(common().errors.planLocked);
    const now = new Date();
    // The version in the where clause makes a concurrent save lose cleanly, never overwrite.
    const { count } = await tx.actionPlan.updateMany({
      where: { id: current.id, version: input.version },
      data: {
        content: input.content,
        status,
        version: { increment: 1 },
        updatedById: actor.userId,
        ...(mode === "submit" ? { submittedAt: now } : {}),
      },
    });
    if (count !== 1) throw conflict(common().errors.staleVersion);
    let versionNumber: number | null = null;
    if (mode === "submit") {
      const last = await tx.planVersion.findFirst({ where: { planId: current.id }, orderBy: { number: "desc" }, select: { number: true } });
      versionNumber = (last?.number ?? 0) + 1;
      await tx.planVersion.create({
        data: { planId: current.id, number: versionNumber, content: input.content, submittedAt: now, submittedById: actor.userId },
      });
    }
    // The draft's text never goes into the audit log (it is read outside the agency); autosaves
    // of one editing session are one event, and change no view of the sector unless the status changes.
    const event = {
      entity: "ActionPlan",
      entityId: current.id,
      subjectOrganisationId: current.agency.id,
      sectorIds: current.agency.parentId ? [current.agency.parentId] : [],
      before: { status: current.status, version: current.version },
      after: { status, version: current.version + 1, ...(versionNumber ? { submittedVersion: versionNumber } : {}) },
    };
    if (mode === "submit") {
      await recordAudit(tx, actor, { ...event, action: "submit" });
      await notifyPlanSubmitted(tx, current.id, versionNumber!, current.approvedVersion !== null);
    }
    else if (current.status === "NOT_STARTED") await recordAudit(tx, actor, { ...event, action: "start" });
    else await recordEditing(tx, actor, { ...event, action: "save", changesViews: status !== current.status });
    return { version: current.version + 1, status, savedAt: now, submittedVersion: versionNumber };
  });
}

export interface ReviewInput {
  planId: string;
  /** The version the adviser reviewed; a newer one in the meantime is not approved blind. */
  versionNumber: number;
  decision: "approve" | "requestChanges";
  message: string;
  comments: { element: string; body: string }[];
}

/** The ministry's review of the latest submitted version: comments, then approve or ask for changes. */
export async function reviewPlan(actor: Actor, input: ReviewInput) {
  authorize(actor, "plan.review");
  return prisma.$transaction(async (tx) => {
    const plan = await tx.actionPlan.findFirst({
      where: { id: input.planId, agency: agencyWhere(actor, "plan.review") },
      select: { id: true, status: true, approvedVersion: true, agency: { select: { id: true, parentId: true } }, versions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 } },
    });
    if (!plan) throw notFound();
    const status = transition(plan.status as PlanStatus, input.decision);
    if (!status) throw conflict(common().errors.notReviewable);
    const versionNumber = plan.versions[0]?.number ?? 0;
    if (versionNumber !== input.versionNumber) throw conflict(common().errors.newerVersion);
    const comments = input.comments.filter((c) => c.body.trim());
    if (input.message.trim()) comments.push({ element: "general", body: input.message.trim() });
    await tx.planComment.createMany({
      data: comments.map((c) => ({ planId: plan.id, versionNumber, element: c.element, body: c.body.trim(), authorId: actor.userId })),
    });
    const approved = status === "APPROVED";
    // An approval makes this version the valid one (issue 13): it stays marked among the versions.
    const { count } = await tx.actionPlan.updateMany({
      where: { id: plan.id, status: plan.status },
      data: { status, version: { increment: 1 }, ...(approved ? { approvedVersion: versionNumber } : {}) },
    });
    if (count !== 1) throw conflict(common().errors.notReviewable);
    if (approved) await tx.planVersion.update({ where: { planId_number: { planId: plan.id, number: versionNumber } }, data: { approvedAt: new Date() } });
    await recordAudit(tx, actor, {
      entity: "ActionPlan",
      entityId: plan.id,
      subjectOrganisationId: plan.agency.id,
      action: input.decision,
      before: { status: plan.status },
      after: { status, versionNumber, comments, ...(approved ? { approvedVersion: versionNumber } : {}) },
    });
    await notifyPlanReviewed(tx, plan.id, versionNumber, approved ? "APPROVED" : "CHANGES_REQUESTED", input.message.trim() || null, plan.approvedVersion !== null);
    return { status };
  });
}
