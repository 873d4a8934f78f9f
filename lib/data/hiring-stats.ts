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
 * The sectors' exact statistics per year in one query, whatever the number of agencies: sums, how
 * many agencies reported (with hires, and at all), how many existed, and how many reached the goal
 * (lib/domain/year-stats.ts `yearStatsOf` is the reference). For those who see exact counts only.
 */
export async function sectorYearStats(sectorIds: string[], db: Db = prisma): Promise<YearStats[]> {
  const rows = await db.$queryRaw<{ year: number; total: number; target: number; reporting: number; reported: number; agencies: number; reaching: number }[]>`
    with rep as (
      select h."agencyId" as id, h.year, ${TOTAL_SQL}::int as total, ${TARGET_SQL}::int as target
      from "HiringReport" h
      join "Organisation" o on o.id = h."agencyId" and o.kind = 'AGENCY' and o."parentId" = any(${sectorIds})
    ),
    stats as (
      select year, sum(total)::int as total, sum(target)::int as target,
        (count(*) filter (where total > 0))::int as reporting,
        count(*)::int as reported,
        (count(*) filter (where ${reachesGoalSql(Prisma.sql`target`, Prisma.sql`total`, Prisma.sql`year`)}))::int as reaching
      from rep group by year
    ),
    expected as (
      select y.year, count(a.id)::int as agencies
      from (select distinct year from rep) y
      left join "Organisation" a on a.kind = 'AGENCY' and a."parentId" = any(${sectorIds})
        and (a."establishedOn" is null or extract(year from a."establishedOn") <= y.year)
      group by y.year
    )
    select s.*, e.agencies from stats s join expected e using (year) order by year`;
  return rows;
}
