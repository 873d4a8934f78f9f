import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agencyWhere, authorize, managedSector, ownAgency, sectorsFor, seesHireSplit, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { conflict, forbidden, invalid, notFound } from "@/lib/data/errors";
import { cvGapDefinitionFor } from "@/lib/domain/reporting-years";
import { common } from "@/lib/i18n/common";
import { exactFigure, splitOf, targetHires, totalHires, type AgencyFigure, type HireCounts, type HireSplit } from "@/lib/domain/shares";
import type { HiringFiguresInput, HiringReportInput } from "@/lib/domain/schemas";

/** The counts of a year's report, as every reader of them selects them. */
export const countsSelect = {
  year: true,
  permanentTotal: true,
  permanentTarget: true,
  temporaryTotal: true,
  temporaryTarget: true,
  traineeTotal: true,
} as const;

/**
 * The actor's own agency's reports, newest year first (full counts: they are its own), each with
 * its revision history and whether the ministry has closed the year.
 */
export async function listOwnReports(actor: Actor) {
  const agencyId = ownAgency(actor, "hiring.write");
  if (!agencyId) throw forbidden();
  const [reports, closed] = await Promise.all([
    prisma.hiringReport.findMany({
      where: { agencyId },
      orderBy: { year: "desc" },
      select: {
        ...countsSelect,
        cvGapDefinition: true,
        version: true,
        updatedAt: true,
        revisions: revisionSelect,
      },
    }),
    prisma.closedYear.findMany({ where: { ministryId: { in: sectorsFor(actor, "hiring.write") } }, select: { year: true } }),
  ]);
  const closedYears = new Set(closed.map((c) => c.year));
  return (await withRevisionAuthors(reports)).map((r) => ({ ...r, closed: closedYears.has(r.year) }));
}

/** The revisions' select: who, when, the old and new numbers, and why, newest first. */
export const revisionSelect = {
  select: { at: true, actorId: true, reason: true, before: true, after: true },
  orderBy: { at: "desc" },
} as const;

/**
 * Names the person behind each revision of these reports, in one query. A revision by a
 * migration (e.g. trainees all counted in the target group) names no person.
 */
export async function withRevisionAuthors<R extends { revisions: { actorId: string }[] }>(
  reports: R[],
): Promise<(Omit<R, "revisions"> & { revisions: (R["revisions"][number] & { actorName: string })[] })[]> {
  const people = await prisma.user.findMany({
    where: { id: { in: [...new Set(reports.flatMap((r) => r.revisions.map((v) => v.actorId)))] } },
    select: { id: true, name: true },
  });
  const name = new Map(people.map((p) => [p.id, p.name]));
  return reports.map((r) => ({
    ...r,
    revisions: r.revisions.map((v) => ({ ...v, actorName: name.get(v.actorId) ?? (v.actorId === "migration" ? common().figures.byMigration : "") })),
  }));
}

/**
 * Serialises the changes to one sector's figures for one year (an agency's report, an import,
 * closing the year) until the transaction ends, so none of them slips past another's checks.
 */
export async function lockSectorYear(tx: Prisma.TransactionClient, ministryId: string, year: number): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`hiring:${ministryId}:${year}`}))`;
}

/** Years the ministry has closed for reporting, in the actor's sector(s). */
export async function listClosedYears(actor: Actor): Promise<number[]> {
  const rows = await prisma.closedYear.findMany({ where: { ministryId: { in: sectorsFor(actor, "hiring.read") } }, select: { year: true }, orderBy: { year: "desc" } });
  return [...new Set(rows.map((r) => r.year))];
}

/** The ministry closes a year (agencies can no longer change it) or reopens it; advisers only. */
export async function setYearClosed(actor: Actor, year: number, closed: boolean): Promise<void> {
  const ministryId = managedSector(actor, "hiring.manage");
  await prisma.$transaction(async (tx) => {
    await lockSectorYear(tx, ministryId, year);
    if (closed) {
      await tx.closedYear.upsert({ where: { ministryId_year: { ministryId, year } }, create: { ministryId, year, closedById: actor.userId }, update: {} });
    } else {
      await tx.closedYear.deleteMany({ where: { ministryId, year } });
    }
    await recordAudit(tx, actor, { entity: "ClosedYear", entityId: `${ministryId}:${year}`, action: closed ? "close" : "reopen", after: { year } });
  });
}

export interface AgencyYearFigure {
  agencyId: string;
  agencyName: string;
  orgNumber: string;
  year: number;
  figure: AgencyFigure;
  /**
   * New hires in permanent and temporary positions and trainees, for the governing ministry, the
   * audit office and the agency itself (lib/access `seesHireSplit`), where the figure is shown
   * year by year; null otherwise.
   */
  split: HireSplit | null;
}

/**
 * Every readable agency's figures per year, exactly: whoever reaches an agency's figures here sees
 * them exactly (the governing ministry, the audit office, the agency itself); a year under 5 is
 * marked and has no share.
 */
export async function listReadableFigures(actor: Actor): Promise<AgencyYearFigure[]> {
  const rows = await prisma.hiringReport.findMany({
    where: { agency: agencyWhere(actor, "hiring.read") },
    orderBy: [{ agency: { name: "asc" } }, { year: "asc" }],
    select: { ...countsSelect, agency: { select: { id: true, name: true, orgNumber: true, parentId: true } } },
  });
  return rows.map((r) => {
    const figure = exactFigure(r);
    const split = seesHireSplit(actor, { organisationId: r.agency.id, sectorId: r.agency.parentId }) ? splitOf(r) : null;
    return { agencyId: r.agency.id, agencyName: r.agency.name, orgNumber: r.agency.orgNumber, year: r.year, figure, split };
  });
}

type Tx = Prisma.TransactionClient;

/** A report's five counts, every one present (as stored). */
type Counts = Required<HireCounts>;
const countsOf = (r: Counts): Counts => ({
  permanentTotal: r.permanentTotal,
  permanentTarget: r.permanentTarget,
  temporaryTotal: r.temporaryTotal,
  temporaryTarget: r.temporaryTarget,
  traineeTotal: r.traineeTotal,
});

/** The conflict of a stale save: the values saved since, who saved them and when. */
async function staleReport(tx: Tx, current: Counts & { version: number; updatedAt: Date; updatedById: string | null }) {
  const by = current.updatedById ? await tx.user.findUnique({ where: { id: current.updatedById }, select: { name: true } }) : null;
  return conflict(common().errors.hiringStale, { version: current.version, values: countsOf(current), savedAt: current.updatedAt.toISOString(), savedBy: by?.name ?? "" });
}

/**
 * Creates or revises the agency's report for a year. A revision needs a reason; every change keeps
 * who, when, the old and the new numbers (HiringRevision) and an audit event, in one transaction.
 * A year the ministry has closed is refused.
 */
export async function saveOwnReport(actor: Actor, input: HiringReportInput) {
  const agencyId = ownAgency(actor, "hiring.write");
  if (!agencyId) throw forbidden();
  const sectors = sectorsFor(actor, "hiring.write");
  const { year, reason, version, ...counts } = input;
  return prisma.$transaction(async (tx) => {
    // One change to the sector's year at a time: two revisions, an import or the year being closed.
    for (const ministryId of [...sectors].sort()) await lockSectorYear(tx, ministryId, year);
    const [closed, agency] = await Promise.all([
      tx.closedYear.findFirst({ where: { ministryId: { in: sectors }, year } }),
      tx.organisation.findUnique({ where: { id: agencyId }, select: { establishedOn: true } }),
    ]);
    // An agency reports the years from when it came into being (Digdir: from 2020); said first, since
    // for a year before then that the ministry has closed, "closed" would suggest it could be reopened.
    if (agency?.establishedOn && agency.establishedOn.getUTCFullYear() > year) {
      throw invalid({ year: [common().errors.notEstablished(agency.establishedOn, year)] }, common().errors.notEstablished(agency.establishedOn, year));
    }
    if (closed) throw invalid({ year: [common().errors.yearClosed] }, common().errors.yearClosed);
    const current = await tx.hiringReport.findUnique({ where: { agencyId_year: { agencyId, year } }, select: { ...countsSelect, version: true, updatedAt: true, updatedById: true } });
    // Someone saved the year since the user opened it (or reported it first): refused, and the
    // newer values go back for the user to see. The sector's year is locked, so this check holds.
    if (current && current.version !== version) throw await staleReport(tx, current);
    const before = current ? countsOf(current) : null;
    if (before && !reason) throw invalid({ reason: [common().errors.reasonRequired] });
    const saved = await tx.hiringReport.upsert({
      where: { agencyId_year: { agencyId, year } },
      create: { agencyId, year, ...counts, cvGapDefinition: cvGapDefinitionFor(year), updatedById: actor.userId },
      update: { ...counts, version: { increment: 1 }, updatedById: actor.userId },
      select: { id: true, version: true },
    });
    await tx.hiringRevision.create({
      data: { reportId: saved.id, actorId: actor.userId, reason: reason || "Første rapportering", before: before ?? undefined, after: counts },
    });
    await recordAudit(tx, actor, {
      entity: "HiringReport",
      entityId: saved.id,
      action: before ? "revise" : "create",
      before: before ?? undefined,
      after: { year, ...counts, reason },
    });
    return saved;
  });
}

/**
 * One agency's reported years as the API gives them (issue 14): every count, the totals, the share
 * (none under 5 new hires), the version to revise from, and whether the ministry has closed the
 * year. Only those who see the agency's counts exactly reach them (the agency's own people, the
 * governing ministry, the audit office); anyone else, like an agency the actor does not reach, gets
 * "not found".
 */
export async function getAgencyFigures(actor: Actor, agencyId: string) {
  const agency = await prisma.organisation.findFirst({
    where: { AND: [{ id: agencyId }, agencyWhere(actor, "hiring.read")] },
    select: {
      id: true, name: true, parentId: true,
      hiringReports: { orderBy: { year: "asc" }, select: { ...countsSelect, version: true, updatedAt: true } },
    },
  });
  if (!agency || !seesHireSplit(actor, { organisationId: agency.id, sectorId: agency.parentId })) throw notFound();
  const closed = agency.parentId ? await prisma.closedYear.findMany({ where: { ministryId: agency.parentId }, select: { year: true } }) : [];
  const closedYears = new Set(closed.map((c) => c.year));
  return {
    agencyId: agency.id,
    agencyName: agency.name,
    years: agency.hiringReports.map((r) => {
      const figure = exactFigure(r);
      return {
        year: r.year,
        ...countsOf(r),
        total: totalHires(r),
        target: targetHires(r),
        share: figure.kind === "shown" ? figure.share : null,
        belowThreshold: figure.kind === "few",
        version: r.version,
        closed: closedYears.has(r.year),
        updatedAt: r.updatedAt.toISOString(),
      };
    }),
  };
}
export type AgencyFigures = Awaited<ReturnType<typeof getAgencyFigures>>;

/**
 * Saves one year of the agency's figures through the API: as the hiring form saves them
 * (saveOwnReport: the same checks, the version, the revision and the audit event), for the
 * agency in the path, which must be the actor's own ("not found" otherwise, as for a page).
 */
export async function saveAgencyFigures(actor: Actor, agencyId: string, year: number, input: HiringFiguresInput, currentYear: number) {
  authorize(actor, "hiring.write");
  if (ownAgency(actor, "hiring.write") !== agencyId) throw notFound();
  if (year > currentYear) throw invalid({ year: [common().errors.futureYear] });
  await saveOwnReport(actor, { ...input, year });
}
