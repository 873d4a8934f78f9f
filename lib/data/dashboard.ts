import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { ownAgency, sectorsFor, seesExactCounts, type Actor } from "@/lib/access";
import { sectorYearStats, TARGET_SQL, TOTAL_SQL, type Db } from "@/lib/data/hiring-stats";
import { cachedForSectors } from "@/lib/data/view-cache";
import { PAGE_SIZE, type DashboardQuery } from "@/lib/domain/dashboard-query";
import { todayInNorway } from "@/lib/domain/format";
import { defaultYear, isPreliminary } from "@/lib/domain/reporting-years";
import { PLAN_STATUSES, type PlanStatus } from "@/lib/domain/plan";
import type { AgencyFigure, PoolingPeriod } from "@/lib/domain/shares";
import { secondaryId, sectorYear, visibleFigures, type YearStats } from "@/lib/domain/year-stats";

export type SectorYear = ReturnType<typeof sectorYear> & {
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
  latestRoundTitle: string | null;
  pooledPeriods: PoolingPeriod[];
}

/**
 * Everything the dashboard shows, in the same number of queries whatever the size of the sector:
 * the sector's statistics per year are aggregated in SQL (lib/data/hiring-stats.ts), and the agency
 * table is sorted, filtered and paged in SQL on what the viewer may see (a hidden share never
 * decides a row's place). Agency users see the sector and their own agency.
 */
export async function getDashboard(actor: Actor, query: DashboardQuery): Promise<Dashboard> {
  // What the dashboard shows depends only on the sector(s), the viewer's own agency (when its
  // figures reach only that) and the query.
  // The governing ministry and the audit office count every agency that reached the goal.
  const sectorIds = sectorsFor(actor, "dashboard.read");
  const own = ownAgency(actor, "hiring.read");
  const exact = seesExactCounts(actor, sectorIds);
  const currentYear = todayInNorway().getUTCFullYear();
  const key = JSON.stringify(["dashboard", [...sectorIds].sort(), own, exact, currentYear, query]);
  return cachedForSectors(sectorIds, key, (db) => computeDashboard(db, sectorIds, { own, exact, currentYear }, query));
}

async function computeDashboard(
  db: Db,
  sectorIds: string[],
  viewer: { own: string | null; exact: boolean; currentYear: number },
  query: DashboardQuery,
): Promise<Dashboard> {
  const { own } = viewer;
  const [stats, consents, latestRound] = await Promise.all([
    sectorYearStats(sectorIds, own, db),
    db.poolingConsent.findMany({
      where: { status: "APPROVED", agency: { kind: "AGENCY", parentId: { in: sectorIds } } },
      select: { agencyId: true, fromYear: true, toYear: true },
      orderBy: { fromYear: "asc" },
    }),
    db.addendumRound.findFirst({
      where: { ministryId: { in: sectorIds }, sentAt: { not: null } },
      orderBy: [{ deadline: "desc" }, { createdAt: "desc" }],
      select: { id: true, title: true, year: true },
    }),
  ]);
  const years = stats.map((s) => s.year);
  const year = query.aar && years.includes(query.aar) ? query.aar : defaultYear(years, viewer.currentYear);
  const yearStats = stats.find((s) => s.year === year);

  const at = { year, yearStats, roundId: latestRound?.id ?? null, own };
  const [statusGroups, firstTry] = await Promise.all([
    // Only the sector's agencies: one moved to another ministry keeps its plan in this round.
    latestRound ? db.actionPlan.groupBy({ by: ["status"], where: { roundId: latestRound.id, agency: { parentId: { in: sectorIds } } }, _count: { _all: true } }) : Promise.resolve([]),
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
  const figures = visibleFigures(reports, stats, consents, own);

  const planStatusCounts = Object.fromEntries(PLAN_STATUSES.map((s) => [s, 0])) as Record<PlanStatus, number>;
  for (const g of statusGroups) planStatusCounts[g.status] = g._count._all;

  return {
    years,
    year,
    sector: stats.map((s) => ({ ...sectorYear(s, own !== null, viewer.exact), preliminary: isPreliminary(s.year, viewer.currentYear) })),
    agencies: page.rows.map((r) => ({
      id: r.id,
      name: r.name,
      shortName: r.shortName,
      figures: Object.fromEntries(figures.get(r.id) ?? []),
      planStatus: r.planStatus,
    })),
    matches: page.matches,
    pages: Math.max(1, Math.ceil(page.matches / PAGE_SIZE)),
    planStatusCounts,
    latestRoundTitle: latestRound ? `${latestRound.title} (${latestRound.year})` : null,
    pooledPeriods: consents,
  };
}

/** One page of the agency table, sorted and filtered in SQL on the figures the viewer may see. */
async function agencyPage(
  db: Db,
  sectorIds: string[],
  query: DashboardQuery,
  at: { year: number | null; yearStats: YearStats | undefined; roundId: string | null; own: string | null },
): Promise<{ rows: { id: string; name: string; shortName: string; planStatus: PlanStatus | null }[]; matches: number }> {
  const secondary = at.yearStats ? secondaryId(at.yearStats) : null;
  const readable = at.own ? Prisma.sql`o.id = ${at.own}` : Prisma.sql`o."parentId" = any(${sectorIds})`;
  const search = query.sok ? `%${query.sok.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const planFilter =
    query.plan === "INGEN" ? Prisma.sql`p.id is null` : query.plan ? Prisma.sql`p.status::text = ${query.plan}` : Prisma.sql`true`;
  // What the viewer may see of the year's total and share: null where the privacy rules hide it.
  const visibleTotal = Prisma.sql`case
      when o.id = ${at.own} then nullif(h.total, 0)
      when c.id is not null then case when pooled.total >= 5 then pooled.total end
      when o.id = ${secondary} then null
      when h.total >= 5 then h.total end`;
  const visibleShare = Prisma.sql`case
      when o.id = ${at.own} then h.target::float8 / nullif(h.total, 0)
      when c.id is not null then case when pooled.total >= 5 then pooled.target::float8 / pooled.total end
      when o.id = ${secondary} then null
      when h.total >= 5 then h.target::float8 / h.total end`;
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
    left join "PoolingConsent" c on c."agencyId" = o.id and c.status = 'APPROVED' and ${at.year}::int between c."fromYear" and c."toYear"
    left join lateral (select sum(${TOTAL_SQL}) as total, sum(${TARGET_SQL}) as target from "HiringReport" h
                       where c.id is not null and h."agencyId" = o.id and h.year between c."fromYear" and c."toYear") pooled on true
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
