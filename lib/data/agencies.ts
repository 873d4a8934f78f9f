import "server-only";
import { prisma } from "@/lib/db";
import { agencyWhere, sectorsFor, seesExactCounts, seesHireSplit, type Actor } from "@/lib/access";
import { notFound } from "@/lib/data/errors";
import { countsSelect, revisionSelect, withRevisionAuthors } from "@/lib/data/hiring";
import { sectorYearStats } from "@/lib/data/hiring-stats";
import { sectorPublication } from "@/lib/data/publication";
import { exactFigure, splitOf } from "@/lib/domain/shares";
import { exactSectorYear, publishedSectorYear, type SectorYear } from "@/lib/domain/year-stats";

/**
 * One agency as the dashboard's click-through shows it: its exact figures per year (only those who
 * see them exactly reach the page: the governing ministry, the audit office, the agency itself; a
 * year under 5 is marked and has no share) with the split into permanent and temporary positions,
 * its sector's share each year (exact for the ministry and the audit office, as published for the
 * agency's own people), its pooled periods, its plans and every revision of its figures. Another agency's page is "not found".
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
        select: { agencyId: true, ...countsSelect, revisions: revisionSelect },
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
  // The agency's own sector: its share and "2 av 11 har rapportert" are of that sector alone.
  const sectorIds = agency.parentId ? [agency.parentId] : sectorsFor(actor, "hiring.read");
  const sector = new Map<number, SectorYear>();
  if (seesExactCounts(actor, sectorIds)) {
    for (const s of await sectorYearStats(sectorIds)) sector.set(s.year, exactSectorYear(s));
  } else if (agency.parentId) {
    const pub = await sectorPublication(agency.parentId);
    for (const year of pub.input.years) sector.set(year, publishedSectorYear(year, pub.publication, pub.agenciesByYear.get(year) ?? 0));
  }
  const split = seesHireSplit(actor, { organisationId: agency.id, sectorId: agency.parentId });
  return {
    id: agency.id,
    name: agency.name,
    shortName: agency.shortName,
    years: agency.hiringReports.map((r) => {
      const figure = exactFigure(r);
      return { year: r.year, figure, split: split ? splitOf(r) : null, sector: sector.get(r.year) ?? null };
    }),
    poolingConsents: agency.poolingConsents,
    plans: agency.plans,
    // Every change to the figures (the numbers before and after): only for those who see the
    // agency's counts exactly — the governing ministry, the audit office, the agency itself.
    revisions: split ? await withRevisionAuthors(agency.hiringReports.map((r) => ({ year: r.year, revisions: r.revisions }))) : [],
  };
}
export type AgencyOverview = Awaited<ReturnType<typeof getAgencyOverview>>;
