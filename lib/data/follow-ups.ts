import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agencyWhere, can, ownAgency, sectorsFor, type Action, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { conflict, forbidden, invalid, notFound } from "@/lib/data/errors";
import { mandatoryDoneShare, normaliseFollowUp, type FollowUpInput, type FollowUpStatus } from "@/lib/domain/follow-up";
import { allMeasures, readSectorPlanContent } from "@/lib/domain/sector-plan";
import { measureEnds, type MeasureEnd } from "@/lib/domain/sector-plan-succession";
import { localized } from "@/lib/i18n/current";
import { sectorPlanTexts } from "@/lib/i18n/sector-plan";

/** The sector plan's texts in the current language, read when a message is needed (never at module load). */
const t = () => localized(sectorPlanTexts);

// The agencies' follow-up of the published sector plan: one row per agency and measure, changed
// only by the agency's own HR (with a version check), every report kept as a revision. The
// ministry and leaders read it; an agency reads only its own.

/**
 * The latest published version of a plan in the actor's sector (what agencies follow up), with the
 * ends of its measures: removed by a later version, or ended by next year's plan once published.
 */
async function publishedPlan(actor: Actor, sectorPlanId: string, action: Action) {
  const plan = await prisma.sectorPlan.findFirst({
    where: { id: sectorPlanId, ministryId: { in: sectorsFor(actor, action) } },
    select: {
      id: true,
      year: true,
      ministryId: true,
      versions: { select: { number: true, publishedAt: true, content: true }, orderBy: { number: "desc" } },
      next: { select: { id: true, year: true, versions: { select: { number: true, publishedAt: true, content: true }, where: { number: 1 } } } },
    },
  });
  const latest = plan?.versions[0];
  if (!plan || !latest) throw notFound();
  const versions = plan.versions.map((v) => ({ ...v, content: readSectorPlanContent(v.content) }));
  const first = plan.next?.versions[0];
  const successor = plan.next && first ? { planId: plan.next.id, year: plan.next.year, first: { ...first, content: readSectorPlanContent(first.content) } } : null;
  const { ends, former } = measureEnds(versions, successor);
  return {
    id: plan.id, year: plan.year, ministryId: plan.ministryId, versionNumber: latest.number, publishedAt: latest.publishedAt, content: versions[0]!.content,
    /** Next year's plan, once published: the follow-up goes on there. */
    successor: successor && { id: successor.planId, year: successor.year },
    ends,
    former,
  };
}

/**
 * The history a carried follow-up brings from the plans before (docs/decisions/020-next-sector-plan.md):
 * for each row, the revisions of the row it was carried from, and of that row's own predecessor,
 * newest first, each with its plan's year. One query per year back, not per row.
 */
async function earlierRevisions(rows: { id: string; previousId: string | null }[]) {
  type Revision = { at: Date; actorId: string; status: FollowUpStatus; reason: string; comment: string; planVersion: number; planYear: number };
  const result = new Map<string, Revision[]>(rows.map((r) => [r.id, []]));
  let frontier = new Map(rows.filter((r) => r.previousId).map((r) => [r.previousId!, r.id]));
  for (let depth = 0; frontier.size > 0 && depth < 50; depth++) {
    const earlier = await prisma.measureFollowUp.findMany({
      where: { id: { in: [...frontier.keys()] } },
      select: {
        id: true, previousId: true, sectorPlan: { select: { year: true } },
        revisions: { select: { at: true, actorId: true, status: true, reason: true, comment: true, planVersion: true }, orderBy: { at: "desc" } },
      },
    });
    const next = new Map<string, string>();
    for (const e of earlier) {
      const owner = frontier.get(e.id)!;
      result.get(owner)!.push(...e.revisions.map((v) => ({ ...v, planYear: e.sectorPlan.year })));
      if (e.previousId) next.set(e.previousId, owner);
    }
    frontier = next;
  }
  return result;
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
      id: true, previousId: true, measureId: true, status: true, reason: true, comment: true, version: true, updatedAt: true,
      revisions: { select: { at: true, actorId: true, status: true, reason: true, comment: true, planVersion: true }, orderBy: { at: "desc" } },
    },
  });
  const earlier = await earlierRevisions(rows);
  const histories = new Map(rows.map((r) => [r.id, [...r.revisions.map((v) => ({ ...v, planYear: plan.year })), ...earlier.get(r.id)!]]));
  const people = await prisma.user.findMany({
    where: { id: { in: [...new Set([...histories.values()].flatMap((h) => h.map((v) => v.actorId)))] } },
    select: { id: true, name: true },
  });
  const who = new Map(people.map((p) => [p.id, p.name]));
  const byMeasure = new Map(
    rows.map((r) => {
      const revisions = histories.get(r.id)!.map((v) => ({ ...v, actorName: who.get(v.actorId) ?? "" }));
      // A carried row was last reported on in last year's plan, not when it was carried.
      const updatedAt = revisions[0]?.at ?? r.updatedAt;
      return [r.measureId, { status: r.status, reason: r.reason, comment: r.comment, version: r.version, updatedAt, revisions, carried: r.previousId !== null }];
    }),
  );
  const canWrite = can(actor, "followup.write", { organisationId: agency.id, sectorId: agency.parentId });
  const withFollowUp = <T extends { measure: { id: string } }>(x: T) => ({ ...x, followUp: byMeasure.get(x.measure.id) ?? null, end: plan.ends.get(x.measure.id) ?? null });
  return {
    plan,
    agency,
    measures: allMeasures(plan.content).map(withFollowUp),
    /** Measures earlier versions had and the latest has not: closed, their history kept. */
    former: plan.former.map(withFollowUp),
    share: mandatoryDoneShare(plan.content, new Map(rows.map((r) => [r.measureId, r.status]))),
    canReport: canWrite && !plan.successor,
  };
}

/** Why a report on a measure is refused once its follow-up in this plan has ended. */
function endedError(end: MeasureEnd) {
  return end.kind === "continued" ? conflict(t().errors.reportInNextPlan(end.year)) : conflict(t().errors.measureEnded(t().measureEnd(end)));
}

/**
 * The agency's report on one measure of the latest published version. Only its own HR; a report
 * based on an older state of the row (someone else reported since) is refused, not overwritten.
 */
export async function reportFollowUp(actor: Actor, input: FollowUpInput) {
  const agencyId = ownAgency(actor, "followup.write");
  if (!agencyId) throw forbidden();
  const plan = await publishedPlan(actor, input.sectorPlanId, "followup.write");
  const end = plan.ends.get(input.measureId);
  if (end) throw endedError(end);
  if (!allMeasures(plan.content).some((x) => x.measure.id === input.measureId)) throw invalid({ measureId: [t().errors.unknownMeasure] }, t().errors.unknownMeasure);
  const { status, reason, comment } = normaliseFollowUp(input);
  return prisma.$transaction(async (tx) => {
    // One report on the agency's measure at a time, so a conflict is told with what the other saved.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`followup:${plan.id}:${agencyId}:${input.measureId}`}))`;
    // The plan read above may have been published anew since: report only on the latest version.
    const latest = await tx.sectorPlanVersion.findFirst({ where: { sectorPlanId: plan.id }, orderBy: { number: "desc" }, select: { number: true } });
    if (latest?.number !== plan.versionNumber) throw conflict(t().errors.newerVersion);
    // Next year's plan published since: it carried this row over (holding this plan while it did),
    // so a report here now would be lost to it.
    await tx.$queryRaw`select id from "SectorPlan" where id = ${plan.id} for share`;
    const successor = await tx.sectorPlan.findFirst({ where: { previousId: plan.id, versions: { some: {} } }, select: { year: true } });
    if (successor) throw conflict(t().errors.reportInNextPlan(successor.year));
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
  const stale = () => conflict(t().errors.followUpStale, current ? { version: current.version, status: current.status, reason: current.reason, comment: current.comment } : undefined);
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
    select: { agencyId: true, measureId: true, status: true, reason: true, comment: true, version: true, updatedAt: true },
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
