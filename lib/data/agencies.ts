import "server-only";
import { prisma } from "@/lib/db";
import { agencyWhere, ownAgency, sectorsFor, seesExactCounts, seesHireSplit, type Actor } from "@/lib/access";
import { notFound } from "@/lib/data/errors";
import { sectorYearStats } from "@/lib/data/hiring-stats";
import { splitOf } from "@/lib/domain/shares";
import { sectorYear, visibleFigures } from "@/lib/domain/year-stats";

/**
 * One agency as the dashboard's click-through shows it: its figures per year (as this viewer may
 * see them; the split into permanent and temporary positions for the governing ministry, the audit
 * office and the agency itself), its sector's share each year, its pooled periods and its plans.
 * Another agency's page is "not found".
 */
export async function getAgencyOverview(actor: Actor, agencyId: string) {
  const agency = await prisma.organisation.findFirst({
    where: { AND: [{ id: agencyId }, agencyWhere(actor, "hiring.read")] },
    select: {
      id: true,
      name: true,
      shortName: true,
      parentId: true,
      hiringReports: {
        orderBy: { year: "asc" },
        select: { agencyId: true, year: true, permanentTotal: true, permanentTarget: true, temporaryTotal: true, temporaryTarget: true, traineeTotal: true },
      },
      poolingConsents: {
        orderBy: [{ fromYear: "asc" }, { requestedAt: "asc" }],
        select: { id: true, agencyId: true, fromYear: true, toYear: true, reason: true, status: true, requestedAt: true, grantedAt: true, decisionNote: true, withdrawnAt: true },
      },
      plans: {
        where: { round: { sentAt: { not: null } } },
        orderBy: { round: { deadline: "desc" } },
        select: { id: true, status: true, round: { select: { title: true, year: true, deadline: true } } },
      },
    },
  });
  if (!agency) throw notFound();
  const own = ownAgency(actor, "hiring.read");
  // The agency's own sector: its share and "2 av 11 har rapportert" are of that sector alone.
  const sectorIds = agency.parentId ? [agency.parentId] : sectorsFor(actor, "hiring.read");
  const stats = await sectorYearStats(sectorIds, own);
  const figures = visibleFigures(agency.hiringReports, stats, agency.poolingConsents.filter((c) => c.status === "APPROVED"), own).get(agency.id) ?? new Map();
  const sector = new Map(stats.map((s) => [s.year, sectorYear(s, own !== null, seesExactCounts(actor, sectorIds))]));
  const split = seesHireSplit(actor, { organisationId: agency.id, sectorId: agency.parentId });
  return {
    id: agency.id,
    name: agency.name,
    shortName: agency.shortName,
    years: agency.hiringReports.map((r) => {
      const figure = figures.get(r.year)!;
      return { year: r.year, figure, split: split && figure.kind === "shown" ? splitOf(r) : null, sector: sector.get(r.year) ?? null };
    }),
    poolingConsents: agency.poolingConsents,
    plans: agency.plans,
  };
}
export type AgencyOverview = Awaited<ReturnType<typeof getAgencyOverview>>;
