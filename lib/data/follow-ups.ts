import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agencyWhere, can, ownAgency, sectorsFor, type Action, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { conflict, forbidden, invalid, notFound } from "@/lib/data/errors";
import { mandatoryDoneShare, normaliseFollowUp, type FollowUpInput, type FollowUpStatus } from "@/lib/domain/follow-up";
import { allMeasures, readSectorPlanContent } from "@/lib/domain/sector-plan";
import { sectorPlanText as t } from "@/lib/i18n/sector-plan-nb";

// The agencies' follow-up of the published sector plan: one row per agency and measure, changed
// only by the agency's own HR (with a version check), every report kept as a revision. The
// ministry and leaders read it; an agency reads only its own.

/** The latest published version of a plan in the actor's sector (what agencies follow up). */
async function publishedPlan(actor: Actor, sectorPlanId: string, action: Action) {
  const plan = await prisma.sectorPlan.findFirst({
    where: { id: sectorPlanId, ministryId: { in: sectorsFor(actor, action) } },
    select: {
      id: true,
      year: true,
      ministryId: true,
      versions: { select: { number: true, publishedAt: true, content: true }, orderBy: { number: "desc" }, take: 1 },
    },
  });
  const latest = plan?.versions[0];
  if (!plan || !latest) throw notFound();
  return { id: plan.id, year: plan.year, ministryId: plan.ministryId, versionNumber: latest.number, publishedAt: latest.publishedAt, content: readSectorPlanContent(latest.content) };
}

export type PublishedPlan = Awaited<ReturnType<typeof publishedPlan>>;

/** One agency's reports on every measure of the plan, with their history. */
export async function getAgencyFollowUp(actor: Actor, sectorPlanId: string, agencyId: string) {
  const plan = await publishedPlan(actor, sectorPlanId, "followup.read");
  const agency = await prisma.organisation.findFirst({
    where: { AND: [{ id: agencyId }, agencyWhere(actor, "followup.read"), { parentId: plan.ministryId }] },
    select: { id: true, name: true, parentId: true },
  });
  if (!agency) throw notFound();
  const rows = await prisma.measureFollowUp.findMany({
    where: { sectorPlanId: plan.id, agencyId: agency.id },
    select: {
      measureId: true, status: true, reason: true, comment: true, version: true, updatedAt: true,
      revisions: { select: { at: true, actorId: true, status: true, reason: true, comment: true, planVersion: true }, orderBy: { at: "desc" } },
    },
  });
  const people = await prisma.user.findMany({
    where: { id: { in: [...new Set(rows.flatMap((r) => r.revisions.map((v) => v.actorId)))] } },
    select: { id: true, name: true },
  });
  const who = new Map(people.map((p) => [p.id, p.name]));
  const byMeasure = new Map(
    rows.map((r) => [r.measureId, { ...r, revisions: r.revisions.map((v) => ({ ...v, actorName: who.get(v.actorId) ?? "" })) }]),
  );
  return {
    plan,
    agency,
    measures: allMeasures(plan.content).map((x) => ({ ...x, followUp: byMeasure.get(x.measure.id) ?? null })),
    share: mandatoryDoneShare(plan.content, new Map(rows.map((r) => [r.measureId, r.status]))),
    canReport: can(actor, "followup.write", { organisationId: agency.id, sectorId: agency.parentId }),
  };
}

/**
 * The agency's report on one measure of the latest published version. Only its own HR; a report
 * based on an older state of the row (someone else reported since) is refused, not overwritten.
 */
export async function reportFollowUp(actor: Actor, input: FollowUpInput) {
  const agencyId = ownAgency(actor, "followup.write");
  if (!agencyId) throw forbidden();
  const plan = await publishedPlan(actor, input.sectorPlanId, "followup.write");
  if (!allMeasures(plan.content).some((x) => x.measure.id === input.measureId)) throw invalid({ measureId: [t.errors.unknownMeasure] }, t.errors.unknownMeasure);
  const { status, reason, comment } = normaliseFollowUp(input);
  return prisma.$transaction(async (tx) => {
    // One report on the agency's measure at a time, so a conflict is told with what the other saved.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`followup:${plan.id}:${agencyId}:${input.measureId}`}))`;
    // The plan read above may have been published anew since: report only on the latest version.
    const latest = await tx.sectorPlanVersion.findFirst({ where: { sectorPlanId: plan.id }, orderBy: { number: "desc" }, select: { number: true } });
    if (latest?.number !== plan.versionNumber) throw conflict(t.errors.newerVersion);
    return writeFollowUp(tx, actor, { sectorPlanId: plan.id, planVersion: plan.versionNumber, agencyId, measureId: input.measureId, status, reason, comment, expectedVersion: input.version });
  });
}

/**
 * Writes one agency's status on one measure inside the caller's transaction: the row (created or
 * updated with a version check), its revision and the audit event. `expectedVersion` is the row's
 * version the writer saw; null writes whatever the row's state (the ministry marking the measure
 * for the first governance meeting done from the meeting's record). The caller has authorised the
 * actor and holds the measure's advisory lock.
 */
export async function writeFollowUp(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: { sectorPlanId: string; planVersion: number; agencyId: string; measureId: string; status: FollowUpStatus; reason: string; comment: string; expectedVersion: number | null },
) {
  const { agencyId, status, reason, comment } = input;
  const key = { sectorPlanId_agencyId_measureId: { sectorPlanId: input.sectorPlanId, agencyId, measureId: input.measureId } };
  const current = await tx.measureFollowUp.findUnique({ where: key, select: { id: true, version: true, status: true, reason: true, comment: true } });
  const stale = () => conflict(t.errors.followUpStale, current ? { version: current.version, status: current.status, reason: current.reason, comment: current.comment } : undefined);
  if (input.expectedVersion !== null && (current?.version ?? 0) !== input.expectedVersion) throw stale();
  let id: string;
  if (current) {
    const { count } = await tx.measureFollowUp.updateMany({
      where: { id: current.id, version: current.version },
      data: { status, reason, comment, version: { increment: 1 }, updatedById: actor.userId },
    });
    if (count !== 1) throw stale();
    id = current.id;
  } else {
    // Two first reports at once: the unique key lets one in; the other fails here.
    const created = await tx.measureFollowUp
      .create({ data: { sectorPlanId: input.sectorPlanId, agencyId, measureId: input.measureId, status, reason, comment, version: 1, updatedById: actor.userId }, select: { id: true } })
      .catch((error: unknown) => {
        throw (error as { code?: string }).code === "P2002" ? stale() : error;
      });
    id = created.id;
  }
  await tx.measureFollowUpRevision.create({ data: { followUpId: id, actorId: actor.userId, status, reason, comment, planVersion: input.planVersion } });
  await recordAudit(tx, actor, {
    entity: "MeasureFollowUp",
    entityId: id,
    action: current ? "update" : "report",
    before: current ? { status: current.status, reason: current.reason, comment: current.comment } : undefined,
    after: { measureId: input.measureId, status, reason, comment, planVersion: input.planVersion },
    subjectOrganisationId: agencyId,
  });
  return { version: (current?.version ?? 0) + 1 };
}

/** Agencies × measures for the ministry: each cell's status (and comment), the mandatory share per agency. */
export async function getFollowUpMatrix(actor: Actor, sectorPlanId: string) {
  const plan = await publishedPlan(actor, sectorPlanId, "followup.read");
  const agencies = await prisma.organisation.findMany({
    where: { AND: [agencyWhere(actor, "followup.read"), { parentId: plan.ministryId }] },
    select: { id: true, name: true, shortName: true },
    orderBy: { name: "asc" },
  });
  const rows = await prisma.measureFollowUp.findMany({
    where: { sectorPlanId: plan.id, agencyId: { in: agencies.map((a) => a.id) } },
    select: { agencyId: true, measureId: true, status: true, reason: true, comment: true, updatedAt: true },
  });
  return {
    plan,
    measures: allMeasures(plan.content),
    agencies: agencies.map((a) => {
      const own = rows.filter((r) => r.agencyId === a.id);
      const cells = new Map(own.map((r) => [r.measureId, r]));
      return { ...a, cells, share: mandatoryDoneShare(plan.content, new Map(own.map((r) => [r.measureId, r.status as FollowUpStatus]))) };
    }),
  };
}
