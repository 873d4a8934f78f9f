import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { ownAgency, sectorsFor, seesExactCounts, type Actor } from "@/lib/access";
import { sectorYearStats, TARGET_SQL, TOTAL_SQL, type Db } from "@/lib/data/hiring-stats";
import { cachedForSectors } from "@/lib/data/view-cache";
import { PAGE_SIZE, type DashboardQuery } from "@/lib/domain/dashboard-query";
import { todayInNorway } from "@/lib/domain/format";
import { defaultYear, isPreliminary } from "@/lib/domain/reporting-years";
import { PLAN_STATUSES, type PlanStatus } from "@/lib/domain/plan";
import { sectorPublication, type SectorPublication } from "@/lib/data/publication";
import { exactFigure, type AgencyFigure, type PoolingPeriod } from "@/lib/domain/shares";
import { exactSectorYear, publishedSectorYear, type SectorYear as SectorYearFigures } from "@/lib/domain/year-stats";

export type SectorYear = SectorYearFigures & {
  /** The calendar year is still running: the figures are preliminary ("foreløpig"). */
  preliminary: boolean;
};

export interface AgencyRow {
  id: string;
  name: string;
  shortName: string;
  /** Every year's figure as this viewer may see it (for the trend); the selected year's among them. */
  figures: Record<number, AgencyFigure>;
  planStatus: PlanStatus | null;
}

export interface Dashboard {
  years: number[];
  /**
   * The year the agency table shows: the one chosen, else the latest complete year with figures
   * (never a preliminary one, lib/domain/reporting-years.ts `defaultYear`).
   */
  year: number | null;
  sector: SectorYear[];
  agencies: AgencyRow[];
  /** Agencies matching the filter, over all pages. */
  matches: number;
  pages: number;
  planStatusCounts: Record<PlanStatus, number>;
  /** The title of the round whose plan statuses are shown (the chosen one, else the newest sent). */
  latestRoundTitle: string | null;
  /** That round's id, and every sent round of the viewer's sectors to choose from, newest first. */
  roundId: string | null;
  rounds: { id: string; title: string; year: number }[];
  pooledPeriods: PoolingPeriod[];
  /** True for the governing ministry and the audit office; false when the sector is shown as published. */
  exactCounts: boolean;
}

/**
 * Everything the dashboard shows, in the same number of queries whatever the size of the sector.
 * Who sees what (../shared/DOMAIN.md): the governing ministry and the audit office see the exact
 * sums (aggregated in SQL, lib/data/hiring-stats.ts) and every agency's exact counts, small years
 * marked; an agency's own people see their own agency exactly and the sector through its
 * publication (lib/data/publication.ts: disclosure control, the same as the public's). The agency
 * table is sorted, filtered and paged in SQL.
 */
export async function getDashboard(actor: Actor, query: DashboardQuery): Promise<Dashboard> {
  const sectorIds = sectorsFor(actor, "dashboard.read");
  const own = ownAgency(actor, "hiring.read");
  const exact = seesExactCounts(actor, sectorIds);
  const currentYear = todayInNorway().getUTCFullYear();
  // Outside the ministry and the audit office, the sector is seen only as published.
  const published = exact ? null : await Promise.all(sectorIds.map((id) => sectorPublication(id)));
  const key = JSON.stringify(["dashboard", [...sectorIds].sort(), own, exact, currentYear, query]);
  return cachedForSectors(sectorIds, key, (db) => computeDashboard(db, sectorIds, { own, published, currentYear }, query));
}

/** The sector's years as one outside viewer sees them: its one sector's publication. */
function publishedYears(published: SectorPublication[]): SectorYearFigures[] {
  const [pub] = published;
  if (!pub) return [];
  return pub.input.years.map((year) => publishedSectorYear(year, pub.publication, pub.agenciesByYear.get(year) ?? 0));
}

async function computeDashboard(
  db: Db,
  sectorIds: string[],
  viewer: { own: string | null; published: SectorPublication[] | null; currentYear: number },
  query: DashboardQuery,
): Promise<Dashboard> {
  const { own } = viewer;
  const [stats, consents, rounds] = await Promise.all([
    viewer.published ? Promise.resolve(null) : sectorYearStats(sectorIds, db),
    db.poolingConsent.findMany({
      where: { status: "APPROVED", agency: { kind: "AGENCY", parentId: { in: sectorIds } } },
      select: { agencyId: true, fromYear: true, toYear: true },
      orderBy: { fromYear: "asc" },
    }),
    db.addendumRound.findMany({
      where: { ministryId: { in: sectorIds }, sentAt: { not: null } },
      orderBy: [{ deadline: "desc" }, { createdAt: "desc" }],
      select: { id: true, title: true, year: true },
    }),
  ]);
  // The chosen round when it is one of the viewer's sent rounds; else the newest.
  const round = rounds.find((r) => r.id === query.runde) ?? rounds[0] ?? null;
  const sector = stats ? stats.map(exactSectorYear) : publishedYears(viewer.published ?? []);
  const years = sector.map((s) => s.year);
  const year = query.aar && years.includes(query.aar) ? query.aar : defaultYear(years, viewer.currentYear);

  const at = { year, roundId: round?.id ?? null, own };
  const [statusGroups, firstTry] = await Promise.all([
    // Only the sector's agencies: one moved to another ministry keeps its plan in this round.
    round ? db.actionPlan.groupBy({ by: ["status"], where: { roundId: round.id, agency: { parentId: { in: sectorIds } } }, _count: { _all: true } }) : Promise.resolve([]),
    agencyPage(db, sectorIds, query, at),
  ]);
  // A page past the last one (an old link after a filter or a change) shows the first page.
  const page = firstTry.rows.length === 0 && query.side > 1 ? await agencyPage(db, sectorIds, { ...query, side: 1 }, at) : firstTry;
  const reports = page.rows.length
    ? await db.hiringReport.findMany({
        where: { agencyId: { in: page.rows.map((r) => r.id) } },
        select: { agencyId: true, year: true, permanentTotal: true, permanentTarget: true, temporaryTotal: true, temporaryTarget: true, traineeTotal: true },
        orderBy: { year: "asc" },
      })
    : [];
  // The rows are the agencies this viewer sees exactly: every agency (the ministry, the audit
  // office) or its own (an agency's people).
  const figures = new Map<string, Record<number, AgencyFigure>>();
  for (const r of reports) figures.set(r.agencyId, { ...figures.get(r.agencyId), [r.year]: exactFigure(r) });

  const planStatusCounts = Object.fromEntries(PLAN_STATUSES.map((s) => [s, 0])) as Record<PlanStatus, number>;
  for (const g of statusGroups) planStatusCounts[g.status] = g._count._all;

  return {
    years,
    year,
    sector: sector.map((s) => ({ ...s, preliminary: isPreliminary(s.year, viewer.currentYear) })),
    agencies: page.rows.map((r) => ({
      id: r.id,
      name: r.name,
      shortName: r.shortName,
      figures: figures.get(r.id) ?? {},
      planStatus: r.planStatus,
    })),
    matches: page.matches,
    pages: Math.max(1, Math.ceil(page.matches / PAGE_SIZE)),
    planStatusCounts,
    latestRoundTitle: round ? `${round.title} (${round.year})` : null,
    roundId: round?.id ?? null,
    rounds,
    pooledPeriods: consents,
    exactCounts: viewer.published === null,
  };
}

/** One page of the agency table, sorted and filtered in SQL on the figures the viewer may see. */
async function agencyPage(
  db: Db,
  sectorIds: string[],
  query: DashboardQuery,
  at: { year: number | null; roundId: string | null; own: string | null },
): Promise<{ rows: { id: string; name: string; shortName: string; planStatus: PlanStatus | null }[]; matches: number }> {
  const readable = at.own ? Prisma.sql`o.id = ${at.own}` : Prisma.sql`o."parentId" = any(${sectorIds})`;
  const search = query.sok ? `%${query.sok.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const planFilter =
    query.plan === "INGEN" ? Prisma.sql`p.id is null` : query.plan ? Prisma.sql`p.status::text = ${query.plan}` : Prisma.sql`true`;
  // The rows are agencies the viewer sees exactly; a year under 5 new hires has no share (DFØ).
  const visibleTotal = Prisma.sql`h.total`;
  const visibleShare = Prisma.sql`case when h.total >= 5 then h.target::float8 / h.total end`;
  const key = {
    navn: Prisma.sql`o.name collate "C"`,
    andel: visibleShare,
    nytilsatte: visibleTotal,
    plan: Prisma.sql`coalesce(array_position(${[...PLAN_STATUSES]}::text[], p.status::text), 0)`,
  }[query.sorter];
  const direction = Prisma.raw(query.retning === "synkende" ? "desc" : "asc");
  const rows = await db.$queryRaw<{ id: string; name: string; short_name: string; plan_status: PlanStatus | null; matches: number }[]>`
    select o.id, o.name, o."shortName" as short_name, p.status::text as plan_status, (count(*) over ())::int as matches
    from "Organisation" o
    left join lateral (select ${TOTAL_SQL} as total, ${TARGET_SQL} as target from "HiringReport" h
                       where h."agencyId" = o.id and h.year = ${at.year}) h on true
    left join "ActionPlan" p on p."agencyId" = o.id and p."roundId" = ${at.roundId}
    where o.kind = 'AGENCY' and ${readable}
      and (${search}::text is null or o.name ilike ${search} or o."shortName" ilike ${search})
      and ${planFilter}
    order by ${key} ${direction} nulls last, o.name collate "C", o.id
    limit ${PAGE_SIZE} offset ${(query.side - 1) * PAGE_SIZE}`;
  return {
    rows: rows.map((r) => ({ id: r.id, name: r.name, shortName: r.short_name, planStatus: r.plan_status })),
    matches: rows[0]?.matches ?? 0,
  };
}
