import "server-only";
import { notifySectorPlanPublished } from "@/lib/data/notification-events";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agencyWhere, authorize, can, managedSector, sectorsFor, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { readContent } from "@/lib/data/plans";
import { conflict, invalid, notFound } from "@/lib/data/errors";
import {
  duplicateIds, emptySectorPlan, publishCheck, readSectorPlanContent, sectorPlanState, type SectorPlanContent,
} from "@/lib/domain/sector-plan";
import { measureCarryOver, nextYearContent } from "@/lib/domain/sector-plan-succession";
import { localized } from "@/lib/i18n/current";
import { sectorPlanTexts } from "@/lib/i18n/sector-plan";

/** The sector plan's texts in the current language, read when a message is needed (never at module load). */
const t = () => localized(sectorPlanTexts);

// The ministry's sector plan (lib/domain/sector-plan.ts). The working draft belongs to the
// ministry: only its own people read it, only its advisers change it. Everyone else in the sector
// reads the published versions; an agency never sees a plan that has not been published.

/** `where` for the sector plans this actor may read. */
function readablePlans(actor: Actor): Prisma.SectorPlanWhereInput {
  const inSector = { ministryId: { in: sectorsFor(actor, "sectorplan.read") } };
  return actor.organisationKind === "MINISTRY" ? inSector : { ...inSector, versions: { some: {} } };
}

/** The ministry's own people see the draft (it is the ministry's working document). */
const ownsPlan = (actor: Actor, ministryId: string) => actor.organisationKind === "MINISTRY" && actor.organisationId === ministryId;
const mayWrite = (actor: Actor, ministryId: string) => can(actor, "sectorplan.write", { organisationId: ministryId, sectorId: ministryId });

export async function listSectorPlans(actor: Actor) {
  const plans = await prisma.sectorPlan.findMany({
    where: readablePlans(actor),
    orderBy: { year: "desc" },
    select: {
      id: true,
      year: true,
      ministryId: true,
      content: true,
      updatedAt: true,
      versions: { select: { number: true, publishedAt: true, content: true }, orderBy: { number: "desc" }, take: 1 },
    },
  });
  return plans.map((p) => {
    const latest = p.versions[0] ?? null;
    const draft = readSectorPlanContent(p.content);
    const latestContent = latest ? readSectorPlanContent(latest.content) : null;
    const own = ownsPlan(actor, p.ministryId);
    return {
      id: p.id,
      year: p.year,
      title: own ? draft.title : (latestContent?.title ?? ""),
      state: own ? sectorPlanState(draft, latestContent) : ("PUBLISHED" as const),
      latestNumber: latest?.number ?? null,
      publishedAt: latest?.publishedAt ?? null,
    };
  });
}

/** The current year's plan of the actor's sector that agencies follow up: the newest published. */
export async function latestPublishedPlanId(actor: Actor): Promise<string | null> {
  const plan = await prisma.sectorPlan.findFirst({
    where: { ministryId: { in: sectorsFor(actor, "sectorplan.read") }, versions: { some: {} } },
    orderBy: { year: "desc" },
    select: { id: true },
  });
  return plan?.id ?? null;
}

export async function createSectorPlan(actor: Actor, input: { year: number; title: string }) {
  const ministryId = managedSector(actor, "sectorplan.write");
  return prisma.$transaction(async (tx) => {
    // Two advisers creating the same year at once: the second waits, then gets "taken" by its field.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`sectorplan:${ministryId}:${input.year}`}))`;
    const taken = await tx.sectorPlan.findUnique({ where: { ministryId_year: { ministryId, year: input.year } }, select: { id: true } });
    if (taken) throw invalid({ year: [t().errors.yearTaken(input.year)] });
    const content = emptySectorPlan(input.title);
    const plan = await tx.sectorPlan.create({
      data: { ministryId, year: input.year, content, updatedById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, { entity: "SectorPlan", entityId: plan.id, action: "create", after: { year: input.year, content } });
    return plan;
  });
}

export async function getSectorPlan(actor: Actor, id: string) {
  const plan = await prisma.sectorPlan.findFirst({
    where: { id, ...readablePlans(actor) },
    select: {
      id: true,
      year: true,
      version: true,
      content: true,
      updatedAt: true,
      ministryId: true,
      ministry: { select: { name: true, shortName: true } },
      versions: { select: { number: true, publishedAt: true, publishedById: true, content: true }, orderBy: { number: "asc" } },
      previous: { select: { id: true, year: true } },
      next: { select: { id: true, year: true, _count: { select: { versions: true } } } },
    },
  });
  if (!plan) throw notFound();
  const own = ownsPlan(actor, plan.ministryId);
  const versions = plan.versions.map((v) => ({ number: v.number, publishedAt: v.publishedAt, content: readSectorPlanContent(v.content) }));
  const latest = versions.at(-1) ?? null;
  const draft = readSectorPlanContent(plan.content);
  return {
    id: plan.id,
    year: plan.year,
    ministryName: plan.ministry.name,
    /** For the concurrency check of the next save. */
    version: plan.version,
    state: own ? sectorPlanState(draft, latest?.content ?? null) : ("PUBLISHED" as const),
    /** The working draft: only for the ministry itself. */
    draft: own ? draft : null,
    versions,
    latest,
    canEdit: mayWrite(actor, plan.ministryId),
    /** The plan this one was made from, and the one made from it (for others than the ministry: once published). */
    previous: plan.previous,
    next: plan.next && (own || plan.next._count.versions > 0) ? { id: plan.next.id, year: plan.next.year, published: plan.next._count.versions > 0 } : null,
    /** "Lag neste års plan": the ministry's adviser, on a published plan nothing has been made from yet. */
    canCreateNext: mayWrite(actor, plan.ministryId) && latest !== null && plan.next === null,
  };
}

/**
 * Next year's plan from this one's latest published version ("Lag neste års plan"): the same themes
 * and measures with the same ids, the year in the title moved on, linked to this plan. Refused
 * when this plan is not published, when next year's plan was already made from it, or when the
 * ministry has a plan for that year already.
 */
export async function createNextSectorPlan(actor: Actor, previousId: string) {
  const ministryId = managedSector(actor, "sectorplan.write");
  return prisma.$transaction(async (tx) => {
    const previous = await tx.sectorPlan.findFirst({
      where: { id: previousId, ministryId },
      select: { id: true, year: true, ministryId: true, versions: { select: { number: true, content: true }, orderBy: { number: "desc" }, take: 1 } },
    });
    if (!previous || !mayWrite(actor, previous.ministryId)) throw notFound();
    const latest = previous.versions[0];
    if (!latest) throw conflict(t().errors.nextNeedsPublished);
    const year = previous.year + 1;
    // The same lock as createSectorPlan: the year is taken once, whichever way the plan is made.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`sectorplan:${ministryId}:${year}`}))`;
    const made = await tx.sectorPlan.findUnique({ where: { previousId: previous.id }, select: { year: true } });
    if (made) throw conflict(t().errors.nextExists(made.year));
    const taken = await tx.sectorPlan.findUnique({ where: { ministryId_year: { ministryId, year } }, select: { id: true } });
    if (taken) throw conflict(t().errors.yearTaken(year));
    const content = nextYearContent(readSectorPlanContent(latest.content), previous.year);
    const plan = await tx.sectorPlan.create({
      data: { ministryId, year, content, previousId: previous.id, updatedById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      entity: "SectorPlan",
      entityId: plan.id,
      action: "create",
      after: { year, content, previousId: previous.id, fromVersion: latest.number },
    });
    return plan;
  });
}

/**
 * On the first publication of a plan made from last year's: each agency's follow-up of every
 * measure kept (same id in last year's latest version and in this one) is carried into this plan,
 * linked to the row it came from, whose history stays where it was. Removed measures stay in last
 * year's plan, closed; new ones start as not started. Runs in the publication's transaction, and
 * holds last year's plan so that no report on it slips in between the copy and the commit.
 */
async function carryFollowUps(tx: Prisma.TransactionClient, planId: string, previousId: string, draft: SectorPlanContent) {
  await tx.$queryRaw`select id from "SectorPlan" where id = ${previousId} for update`;
  const last = await tx.sectorPlanVersion.findFirst({ where: { sectorPlanId: previousId }, orderBy: { number: "desc" }, select: { number: true, content: true } });
  if (!last) return null;
  const { kept, removed, added } = measureCarryOver(readSectorPlanContent(last.content), draft);
  const rows = await tx.measureFollowUp.findMany({
    where: { sectorPlanId: previousId, measureId: { in: kept } },
    select: { id: true, agencyId: true, measureId: true, status: true, reason: true, comment: true, updatedById: true },
  });
  await tx.measureFollowUp.createMany({
    data: rows.map((r) => ({
      sectorPlanId: planId, agencyId: r.agencyId, measureId: r.measureId, status: r.status, reason: r.reason, comment: r.comment,
      version: 1, updatedById: r.updatedById, previousId: r.id,
    })),
  });
  return { from: previousId, fromVersion: last.number, kept, removed, added, followUps: rows.length };
}

export async function getSectorPlanVersion(actor: Actor, id: string, number: number) {
  const v = await prisma.sectorPlanVersion.findFirst({
    where: { number, sectorPlan: { id, ...readablePlans(actor) } },
    select: { number: true, publishedAt: true, content: true, sectorPlan: { select: { year: true, ministry: { select: { name: true } } } } },
  });
  if (!v) throw notFound();
  return { number: v.number, publishedAt: v.publishedAt, content: readSectorPlanContent(v.content), year: v.sectorPlan.year, ministryName: v.sectorPlan.ministry.name };
}

/** The draft for a ministry adviser who may change it; anyone else: not found. */
async function writablePlan(tx: Prisma.TransactionClient, actor: Actor, id: string) {
  const ministryId = managedSector(actor, "sectorplan.write");
  const plan = await tx.sectorPlan.findFirst({
    where: { id, ministryId },
    select: { id: true, ministryId: true, version: true, content: true, previousId: true },
  });
  if (!plan || !mayWrite(actor, plan.ministryId)) throw notFound();
  return plan;
}

/** Someone saved since the user opened the draft: the newer draft comes back, for the user to choose. */
const stale = (plan: { version: number; content: Prisma.JsonValue }) =>
  conflict(t().errors.staleVersion, { version: plan.version, content: readSectorPlanContent(plan.content) });

/** A save based on an older version loses cleanly: the database update itself checks it. */
async function bumpVersion(tx: Prisma.TransactionClient, actor: Actor, id: string, version: number, content?: SectorPlanContent) {
  const { count } = await tx.sectorPlan.updateMany({
    where: { id, version },
    data: { version: { increment: 1 }, updatedById: actor.userId, ...(content ? { content } : {}) },
  });
  if (count !== 1) throw conflict(t().errors.staleVersion);
}

export async function saveSectorPlanDraft(actor: Actor, input: { id: string; version: number; content: SectorPlanContent }) {
  if (duplicateIds(input.content).length > 0) throw invalid({ _form: [t().errors.duplicateIds] }, t().errors.duplicateIds);
  return prisma.$transaction(async (tx) => {
    const plan = await writablePlan(tx, actor, input.id);
    if (plan.version !== input.version) throw stale(plan);
    await bumpVersion(tx, actor, plan.id, input.version, input.content);
    await recordAudit(tx, actor, {
      entity: "SectorPlan",
      entityId: plan.id,
      action: "save",
      before: { version: plan.version, content: plan.content },
      after: { version: plan.version + 1, content: input.content },
    });
    return { version: plan.version + 1, savedAt: new Date() };
  });
}

/**
 * Publishes the draft (with `content`: saves it first, in the same transaction) as the next frozen
 * version (1, 2, …). Refused, with nothing saved, when someone saved since `version`, when nothing
 * changed since the latest version, or when the draft is incomplete.
 */
export async function publishSectorPlan(actor: Actor, input: { id: string; version: number; content?: SectorPlanContent }) {
  if (input.content && duplicateIds(input.content).length > 0) throw invalid({ _form: [t().errors.duplicateIds] }, t().errors.duplicateIds);
  return prisma.$transaction(async (tx) => {
    const plan = await writablePlan(tx, actor, input.id);
    if (plan.version !== input.version) throw stale(plan);
    const successor = await tx.sectorPlan.findFirst({ where: { previousId: plan.id, versions: { some: {} } }, select: { year: true } });
    if (successor) throw conflict(t().errors.superseded(successor.year));
    const draft = input.content ?? readSectorPlanContent(plan.content);
    const last = await tx.sectorPlanVersion.findFirst({ where: { sectorPlanId: plan.id }, orderBy: { number: "desc" }, select: { number: true, content: true } });
    const check = publishCheck(draft, last ? { number: last.number, content: readSectorPlanContent(last.content) } : null);
    if (!check.ok) throw check.reason === "unchanged" ? conflict(t().errors.unchanged) : invalid(check.problems, t().errors.incomplete);
    await bumpVersion(tx, actor, plan.id, input.version, input.content);
    const now = new Date();
    await tx.sectorPlanVersion.create({ data: { sectorPlanId: plan.id, number: check.number, content: draft, publishedAt: now, publishedById: actor.userId } });
    const carriedOver = check.number === 1 && plan.previousId ? await carryFollowUps(tx, plan.id, plan.previousId, draft) : null;
    await recordAudit(tx, actor, {
      entity: "SectorPlan",
      entityId: plan.id,
      action: "publish",
      before: input.content ? { version: plan.version, content: plan.content } : undefined,
      after: { number: check.number, version: plan.version + 1, content: draft, ...(carriedOver ? { carriedOver } : {}) },
    });
    await notifySectorPlanPublished(tx, plan.id, check.number, draft.title);
    return { number: check.number, version: plan.version + 1 };
  });
}

/**
 * For the adviser writing the plan: each agency's latest submitted action plan in the sector
 * (only submitted versions, never a draft), to read side by side per element.
 */
export async function listSubmittedAgencyPlans(actor: Actor, sectorPlanId: string) {
  authorize(actor, "plan.read");
  const plan = await prisma.$transaction((tx) => writablePlan(tx, actor, sectorPlanId));
  const versions = await prisma.planVersion.findMany({
    where: { plan: { agency: { AND: [agencyWhere(actor, "plan.read"), { parentId: plan.ministryId }] } } },
    orderBy: [{ submittedAt: "desc" }, { number: "desc" }],
    select: { number: true, submittedAt: true, content: true, plan: { select: { id: true, agency: { select: { id: true, name: true } } } } },
  });
  const seen = new Set<string>();
  return versions
    .filter((v) => !seen.has(v.plan.agency.id) && seen.add(v.plan.agency.id))
    .map((v) => ({ agencyId: v.plan.agency.id, agencyName: v.plan.agency.name, planId: v.plan.id, versionNumber: v.number, submittedAt: v.submittedAt, content: readContent(v.content) }))
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName, "nb"));
}
