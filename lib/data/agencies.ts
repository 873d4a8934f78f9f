import "server-only";
import { prisma } from "@/lib/db";
import { agencyWhere, ownAgency, sectorsFor, type Actor } from "@/lib/access";
import { notFound } from "@/lib/data/errors";
import { sectorYearStats } from "@/lib/data/hiring-stats";
import { visibleFigures } from "@/lib/domain/year-stats";

/**
 * One agency as the dashboard's click-through shows it: its figures per year (as this viewer may
 * see them), its pooled periods and its plans. Another agency's page is "not found".
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
        select: { agencyId: true, year: true, permanentTotal: true, permanentTarget: true, temporaryTotal: true, temporaryTarget: true, traineeTotal: true, traineeTarget: true },
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
  const stats = await sectorYearStats(sectorsFor(actor, "hiring.read"), own);
  const published = agency.poolingConsents.filter((c) => c.status === "APPROVED");
  const figures = visibleFigures(agency.hiringReports, stats, published, own).get(agency.id) ?? new Map();
  return {
    id: agency.id,
    name: agency.name,
    shortName: agency.shortName,
    years: agency.hiringReports.map((r) => ({ year: r.year, figure: figures.get(r.year)! })),
    poolingConsents: agency.poolingConsents,
    plans: agency.plans,
  };
}
export type AgencyOverview = Awaited<ReturnType<typeof getAgencyOverview>>;
