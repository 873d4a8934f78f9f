import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { REPORTING_YEARS } from "@/lib/domain/reporting-years";
import type { YearStats } from "@/lib/domain/year-stats";

/** The client or a transaction on it (the dashboard reads in one snapshot). */
export type Db = Pick<typeof prisma, "$queryRaw" | "hiringReport" | "poolingConsent" | "addendumRound" | "actionPlan" | "sectorVersion" | "organisation" | "closedYear">;

/**
 * SQL for one report row's totals (lib/domain/shares.ts `totalHires`, `targetHires`): trainees
 * count once, and all of them are in the target group.
 */
export const TOTAL_SQL = Prisma.sql`(h."permanentTotal" + h."temporaryTotal" + h."traineeTotal")`;
export const TARGET_SQL = Prisma.sql`(h."permanentTarget" + h."temporaryTarget" + h."traineeTotal")`;

/** The goal in percent for the year in `year` (lib/domain/reporting-years.ts), as SQL. */
export function goalPercentSql(year: Prisma.Sql): Prisma.Sql {
  const years = REPORTING_YEARS.map((r) => Prisma.sql`when ${r.year}::int then ${r.goalPercent}::int`);
  return Prisma.sql`(case ${year} ${Prisma.join(years, " ")} else ${REPORTING_YEARS.at(-1)!.goalPercent}::int end)`;
}

/**
 * The goal rule of lib/domain/shares.ts `reachesGoal` in SQL: target × 100 ≥ goal × total, in
 * whole numbers.
 */
function reachesGoalSql(target: Prisma.Sql, total: Prisma.Sql, year: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${total} > 0 and ${target} * 100 >= ${goalPercentSql(year)} * ${total})`;
}

/**
 * The sector's statistics per year in one query, whatever the number of agencies: sums, how many
 * agencies reported and reached the goal (pooled periods count with their pooled share), and what
 * the privacy rules need for one viewer (lib/domain/year-stats.ts `yearStatsOf` is the reference).
 * `ownAgencyId` is the viewer's agency, never hidden from itself.
 */
export async function sectorYearStats(sectorIds: string[], ownAgencyId: string | null, db: Db = prisma): Promise<YearStats[]> {
  const rows = await db.$queryRaw<
    {
      year: number;
      total: number;
      target: number;
      reporting: number;
      reported: number;
      agencies: number;
      reaching: number;
      hidden_count: number;
      hidden_total: number;
      hidden_target: number;
      smallest_id: string | null;
      smallest_total: number | null;
      smallest_target: number | null;
      smallest_reaches: boolean | null;
      own_total: number;
      own_target: number;
    }[]
  >`
    with rep as (
      select h."agencyId" as id, o.name, h.year, ${TOTAL_SQL}::int as total, ${TARGET_SQL}::int as target, c.id as pool_id
      from "HiringReport" h
      join "Organisation" o on o.id = h."agencyId" and o.kind = 'AGENCY' and o."parentId" = any(${sectorIds})
      left join "PoolingConsent" c on c."agencyId" = h."agencyId" and c.status = 'APPROVED' and h.year between c."fromYear" and c."toYear"
    ),
    pool as (
      select pool_id, sum(total)::int as ptotal, sum(target)::int as ptarget from rep where pool_id is not null group by pool_id
    ),
    fig as (
      select rep.*,
        coalesce(pool.ptotal, rep.total) >= 5
          and ${reachesGoalSql(Prisma.sql`coalesce(pool.ptarget, rep.target)`, Prisma.sql`coalesce(pool.ptotal, rep.total)`, Prisma.sql`rep.year`)} as reaches,
        rep.id = ${ownAgencyId}::text as own,
        (rep.id is distinct from ${ownAgencyId}::text) and rep.total > 0 and (rep.pool_id is not null or rep.total < 5) as hidden
      from rep left join pool using (pool_id)
    ),
    stats as (
      select year, sum(total)::int as total, sum(target)::int as target,
        (count(*) filter (where total > 0))::int as reporting,
        count(*)::int as reported,
        (count(*) filter (where reaches))::int as reaching,
        (count(*) filter (where hidden))::int as hidden_count,
        coalesce(sum(total) filter (where hidden), 0)::int as hidden_total,
        coalesce(sum(target) filter (where hidden), 0)::int as hidden_target,
        coalesce(sum(total) filter (where own), 0)::int as own_total,
        coalesce(sum(target) filter (where own), 0)::int as own_target
      from fig group by year
    ),
    smallest as (
      select distinct on (year) year, id as smallest_id, total as smallest_total, target as smallest_target, reaches as smallest_reaches
      from fig where not hidden and pool_id is null and total >= 5 and id is distinct from ${ownAgencyId}::text
      order by year, total, name collate "C", id collate "C"
    ),
    expected as (
      select y.year, count(a.id)::int as agencies
      from (select distinct year from rep) y
      left join "Organisation" a on a.kind = 'AGENCY' and a."parentId" = any(${sectorIds})
        and (a."establishedOn" is null or extract(year from a."establishedOn") <= y.year)
      group by y.year
    )
    select s.*, e.agencies, sm.smallest_id, sm.smallest_total, sm.smallest_target, sm.smallest_reaches
    from stats s join expected e using (year) left join smallest sm using (year) order by year`;
  return rows.map((r) => ({
    year: r.year,
    total: r.total,
    target: r.target,
    reporting: r.reporting,
    reported: r.reported,
    agencies: r.agencies,
    reaching: r.reaching,
    hiddenCount: r.hidden_count,
    hiddenTotal: r.hidden_total,
    hiddenTarget: r.hidden_target,
    smallestId: r.smallest_id,
    smallestTotal: r.smallest_total ?? 0,
    smallestTarget: r.smallest_target ?? 0,
    smallestReaches: r.smallest_reaches ?? false,
    ownTotal: r.own_total,
    ownTarget: r.own_target,
  }));
}
