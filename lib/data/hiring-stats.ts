import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { YearStats } from "@/lib/domain/year-stats";

/** SQL for one report row's totals. */
export const TOTAL_SQL = Prisma.sql`(h."permanentTotal" + h."temporaryTotal" + h."traineeTotal")`;
export const TARGET_SQL = Prisma.sql`(h."permanentTarget" + h."temporaryTarget" + h."traineeTarget")`;

/**
 * The sector's statistics per year in one query, whatever the number of agencies: sums, how many
 * agencies reported and reached the goal (pooled periods count with their pooled share), and what
 * the privacy rules need for one viewer (lib/domain/year-stats.ts `yearStatsOf` is the reference).
 * `ownAgencyId` is the viewer's agency, never hidden from itself.
 */
export async function sectorYearStats(sectorIds: string[], ownAgencyId: string | null): Promise<YearStats[]> {
  const rows = await prisma.$queryRaw<
    { year: number; total: number; target: number; reporting: number; reaching: number; hidden_count: number; hidden_total: number; smallest_id: string | null; smallest_total: number | null }[]
  >`
    with rep as (
      select h."agencyId" as id, o.name, h.year, ${TOTAL_SQL}::int as total, ${TARGET_SQL}::int as target, c.id as pool_id
      from "HiringReport" h
      join "Organisation" o on o.id = h."agencyId" and o.kind = 'AGENCY' and o."parentId" = any(${sectorIds})
      left join "PoolingConsent" c on c."agencyId" = h."agencyId" and h.year between c."fromYear" and c."toYear"
    ),
    pool as (
      select pool_id, sum(total)::int as ptotal, sum(target)::int as ptarget from rep where pool_id is not null group by pool_id
    ),
    fig as (
      select rep.*, pool.ptotal, pool.ptarget,
        (rep.id is distinct from ${ownAgencyId}) and (rep.pool_id is not null or rep.total between 1 and 4) as hidden
      from rep left join pool using (pool_id)
    ),
    stats as (
      select year, sum(total)::int as total, sum(target)::int as target,
        (count(*) filter (where total > 0))::int as reporting,
        (count(*) filter (where coalesce(ptotal, total) >= 5 and coalesce(ptarget, target) * 20 >= coalesce(ptotal, total)))::int as reaching,
        (count(*) filter (where hidden))::int as hidden_count,
        coalesce(sum(total) filter (where hidden), 0)::int as hidden_total
      from fig group by year
    ),
    smallest as (
      select distinct on (year) year, id as smallest_id, total as smallest_total
      from fig where not hidden and total >= 5 and id is distinct from ${ownAgencyId}
      order by year, total, name collate "C", id collate "C"
    )
    select s.*, sm.smallest_id, sm.smallest_total from stats s left join smallest sm using (year) order by year`;
  return rows.map((r) => ({
    year: r.year,
    total: r.total,
    target: r.target,
    reporting: r.reporting,
    reaching: r.reaching,
    hiddenCount: r.hidden_count,
    hiddenTotal: r.hidden_total,
    smallestId: r.smallest_id,
    smallestTotal: r.smallest_total ?? 0,
  }));
}
