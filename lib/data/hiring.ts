import "server-only";
import { prisma } from "@/lib/db";
import { isAgencyUser, readableAgencies, requirePermission, type Actor } from "@/lib/data/actor";
import { recordAudit } from "@/lib/data/audit";
import { forbidden } from "@/lib/data/errors";
import { figuresByYear, type AgencyFigure } from "@/lib/domain/shares";
import type { HiringReportInput } from "@/lib/domain/schemas";

const countsSelect = {
  year: true,
  permanentTotal: true,
  permanentTarget: true,
  temporaryTotal: true,
  temporaryTarget: true,
} as const;

/** The actor's own agency's reports, newest year first (full counts: they are its own). */
export async function listOwnReports(actor: Actor) {
  requirePermission(actor, "hiring:write");
  if (!isAgencyUser(actor)) throw forbidden();
  return prisma.hiringReport.findMany({
    where: { agencyId: actor.organisationId },
    orderBy: { year: "desc" },
    select: { ...countsSelect, updatedAt: true },
  });
}

export interface AgencyYearFigure {
  agencyId: string;
  agencyName: string;
  year: number;
  figure: AgencyFigure;
}

/** Every readable agency's figures per year, with small counts suppressed outside the agency. */
export async function listReadableFigures(actor: Actor): Promise<AgencyYearFigure[]> {
  requirePermission(actor, "hiring:read");
  const rows = await prisma.hiringReport.findMany({
    where: { agency: readableAgencies(actor) },
    orderBy: [{ agency: { name: "asc" } }, { year: "asc" }],
    select: { ...countsSelect, agency: { select: { id: true, name: true } } },
  });
  const own = isAgencyUser(actor) ? actor.organisationId : null;
  const figures = figuresByYear(
    rows.map((r) => ({ ...r, agencyId: r.agency.id })),
    own,
  );
  return rows.map((r) => ({
    agencyId: r.agency.id,
    agencyName: r.agency.name,
    year: r.year,
    figure: figures.get(r.year)?.get(r.agency.id) ?? { kind: "none" },
  }));
}

/** Creates or revises the agency's report for a year, with an audit event of old and new counts. */
export async function saveOwnReport(actor: Actor, input: HiringReportInput) {
  requirePermission(actor, "hiring:write");
  if (!isAgencyUser(actor)) throw forbidden();
  const agencyId = actor.organisationId;
  const { year, ...counts } = input;
  return prisma.$transaction(async (tx) => {
    const before = await tx.hiringReport.findUnique({
      where: { agencyId_year: { agencyId, year } },
      select: countsSelect,
    });
    const saved = await tx.hiringReport.upsert({
      where: { agencyId_year: { agencyId, year } },
      create: { agencyId, year, ...counts, updatedById: actor.userId },
      update: { ...counts, version: { increment: 1 }, updatedById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      entity: "HiringReport",
      entityId: saved.id,
      action: before ? "revise" : "create",
      before: before ?? undefined,
      after: { year, ...counts },
    });
    return saved;
  });
}
