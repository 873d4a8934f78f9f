import "server-only";
import { prisma } from "@/lib/db";
import { isAgencyUser, readableAgencies, requirePermission, type Actor } from "@/lib/data/actor";
import { figuresByYear, reachesGoal, sectorCountsShowable, share, targetHires, totalHires, type AgencyFigure } from "@/lib/domain/shares";
import type { PlanStatus } from "@/lib/domain/plan";

export interface SectorYear {
  year: number;
  /** False when showing the counts would reveal a small agency's numbers by subtraction. */
  showable: boolean;
  total: number;
  target: number;
  share: number | null;
  agenciesReporting: number;
  agenciesReachingGoal: number;
}

export interface AgencyRow {
  id: string;
  name: string;
  shortName: string;
  figures: Record<number, AgencyFigure>;
  planStatus: PlanStatus | null;
}

export interface Dashboard {
  years: number[];
  sector: SectorYear[];
  agencies: AgencyRow[];
  planStatusCounts: Record<PlanStatus, number>;
  latestRoundTitle: string | null;
}

/**
 * Everything the dashboard shows, in a fixed number of queries whatever the size of the sector.
 * Sector totals cover the whole sector; the agency table only the agencies the actor may read,
 * with small counts suppressed outside the agency itself.
 */
export async function getDashboard(actor: Actor): Promise<Dashboard> {
  requirePermission(actor, "dashboard:read");
  const sectorAgencies = { kind: "AGENCY" as const, parentId: { in: actor.sectorIds } };
  const [sectorSums, agencies, latestRound] = await Promise.all([
    prisma.hiringReport.groupBy({
      by: ["year"],
      where: { agency: sectorAgencies },
      _sum: { permanentTotal: true, permanentTarget: true, temporaryTotal: true, temporaryTarget: true, traineeTotal: true, traineeTarget: true },
      orderBy: { year: "asc" },
    }),
    prisma.organisation.findMany({
      where: readableAgencies(actor),
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        shortName: true,
        hiringReports: {
          select: { year: true, permanentTotal: true, permanentTarget: true, temporaryTotal: true, temporaryTarget: true, traineeTotal: true, traineeTarget: true },
        },
      },
    }),
    prisma.addendumRound.findFirst({
      where: { ministryId: { in: actor.sectorIds }, sentAt: { not: null } },
      orderBy: [{ deadline: "desc" }, { createdAt: "desc" }],
      select: { id: true, title: true, year: true, plans: { select: { agencyId: true, status: true } } },
    }),
  ]);
  // Per-agency goal counts need every agency's own share, not only the readable ones.
  const perAgency = await prisma.hiringReport.findMany({
    where: { agency: sectorAgencies },
    select: { year: true, permanentTotal: true, permanentTarget: true, temporaryTotal: true, temporaryTarget: true, traineeTotal: true, traineeTarget: true },
  });
  const goalCounts = new Map<number, { reporting: number; reaching: number }>();
  for (const r of perAgency) {
    const total = totalHires(r);
    const entry = goalCounts.get(r.year) ?? { reporting: 0, reaching: 0 };
    entry.reporting += 1;
    // Agencies below the privacy threshold have no share and so are not counted as reaching it.
    if (total >= 5 && reachesGoal(share(targetHires(r), total))) entry.reaching += 1;
    goalCounts.set(r.year, entry);
  }

  const ownAgency = isAgencyUser(actor) ? actor.organisationId : null;
  const figures = figuresByYear(
    agencies.flatMap((a) => a.hiringReports.map((r) => ({ ...r, agencyId: a.id }))),
    ownAgency,
  );
  const visibleTotal = (year: number) =>
    [...(figures.get(year)?.values() ?? [])].reduce((sum, f) => sum + (f.kind === "shown" ? f.total : 0), 0);

  const sector: SectorYear[] = sectorSums.map((s) => {
    const total = (s._sum.permanentTotal ?? 0) + (s._sum.temporaryTotal ?? 0) + (s._sum.traineeTotal ?? 0);
    const target = (s._sum.permanentTarget ?? 0) + (s._sum.temporaryTarget ?? 0) + (s._sum.traineeTarget ?? 0);
    const counts = goalCounts.get(s.year) ?? { reporting: 0, reaching: 0 };
    const showable = sectorCountsShowable(total, visibleTotal(s.year));
    return {
      year: s.year,
      showable,
      total: showable ? total : 0,
      target: showable ? target : 0,
      share: showable ? share(target, total) : null,
      agenciesReporting: counts.reporting,
      agenciesReachingGoal: counts.reaching,
    };
  });

  const planByAgency = new Map(latestRound?.plans.map((p) => [p.agencyId, p.status]) ?? []);
  const planStatusCounts: Record<PlanStatus, number> = {
    NOT_STARTED: 0,
    DRAFT: 0,
    SUBMITTED: 0,
    CHANGES_REQUESTED: 0,
    APPROVED: 0,
  };
  for (const p of latestRound?.plans ?? []) planStatusCounts[p.status] += 1;

  return {
    years: sector.map((s) => s.year),
    sector,
    agencies: agencies.map((a) => ({
      id: a.id,
      name: a.name,
      shortName: a.shortName,
      figures: Object.fromEntries(
        a.hiringReports.map((r) => [r.year, figures.get(r.year)?.get(a.id) ?? { kind: "none" as const }]),
      ),
      planStatus: planByAgency.get(a.id) ?? null,
    })),
    planStatusCounts,
    latestRoundTitle: latestRound ? `${latestRound.title} (${latestRound.year})` : null,
  };
}
