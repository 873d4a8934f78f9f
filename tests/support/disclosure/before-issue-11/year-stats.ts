// A frozen copy of lib/domain/year-stats.ts as it was at commit 336fef8, before issue 11: "the rules before
// issue 11" that the disclosure attacker test must find leaking. Do not edit; only the import path differs.
/**
 * The privacy rules of lib/domain/shares.ts, applied from one year's sector statistics instead of
 * every agency's row: what lets the dashboard compute them in SQL for any number of agencies.
 * `yearStatsOf` is the reference (and the tests compare it with the SQL in lib/data/hiring-stats.ts).
 */
import {
  agencyFigure,
  MIN_HIRES_FOR_SHARE,
  pooledFigure,
  reachesGoal,
  sectorCountsShowable,
  share,
  targetHires,
  totalHires,
  type AgencyFigure,
  type HireCounts,
  type PoolingPeriod,
} from "./shares";

export interface YearStats {
  year: number;
  total: number;
  target: number;
  /** Agencies with at least one new hire. */
  reporting: number;
  /** Agencies whose share (pooled where consented) reached the goal. */
  reaching: number;
  /**
   * Agencies with hires hidden from this viewer by the primary rule (under 5, or a year of a pooled
   * period), with their hires and target-group hires.
   */
  hiddenCount: number;
  hiddenTotal: number;
  hiddenTarget: number;
  /** The smallest agency this viewer would otherwise see (ties by name, then id, in code-point order). */
  smallestId: string | null;
  smallestTotal: number;
  smallestTarget: number;
  smallestReaches: boolean;
  /** The viewer's own agency's hires (0 for the ministry). */
  ownTotal: number;
  ownTarget: number;
}

/** Whether the hidden agencies of the year could be worked out from the rest without hiding one more. */
function coverNeeded(s: YearStats): boolean {
  return s.hiddenCount > 0 && (s.hiddenCount < 2 || s.hiddenTotal < MIN_HIRES_FOR_SHARE);
}

/** The agency hidden for the small ones' sake this year, if any (see `yearFigures`). */
export function secondaryId(s: YearStats): string | null {
  return coverNeeded(s) ? s.smallestId : null;
}

/** What one viewer may see of one agency-year, given the year's statistics. */
export function visibleFigure(input: {
  counts: HireCounts | null | undefined;
  own: boolean;
  pooled?: { period: PoolingPeriod; total: number; target: number } | null;
  secondary: boolean;
}): AgencyFigure {
  if (input.own) return agencyFigure(input.counts, true);
  if (input.pooled) return pooledFigure(input.pooled.period, input.pooled.total, input.pooled.target);
  if (input.secondary && input.counts && totalHires(input.counts) > 0) return { kind: "suppressed", reason: "secondary" };
  return agencyFigure(input.counts, false);
}

/**
 * The sector's year as one viewer may see it. `agencyViewer` is true for a user of one agency, who
 * sees its own agency one by one and nothing else. The counts are hidden when what the viewer
 * cannot see agency by agency (the rest) would give a hidden agency away: the rest is 1–4 hires;
 * it is one hidden agency that no other could cover; or every hire in it is in the target group.
 * The goal count leaves out the agency hidden for the small ones' sake.
 */
export function sectorYear(s: YearStats, agencyViewer: boolean) {
  const secondary = secondaryId(s);
  const visibleTotal = agencyViewer ? s.ownTotal : s.total - s.hiddenTotal - (secondary ? s.smallestTotal : 0);
  const visibleTarget = agencyViewer ? s.ownTarget : s.target - s.hiddenTarget - (secondary ? s.smallestTarget : 0);
  const restTotal = s.total - visibleTotal;
  const restTarget = s.target - visibleTarget;
  const othersReporting = s.reporting - (s.ownTotal > 0 ? 1 : 0);
  const uncovered = agencyViewer ? s.hiddenCount > 0 && othersReporting < 2 : coverNeeded(s) && secondary === null;
  const showable = sectorCountsShowable(s.total, visibleTotal) && !uncovered && !(restTotal > 0 && restTarget === restTotal);
  return {
    year: s.year,
    showable,
    total: showable ? s.total : 0,
    target: showable ? s.target : 0,
    share: showable ? share(s.target, s.total) : null,
    agenciesReporting: s.reporting,
    agenciesReachingGoal: s.reaching - (secondary && s.smallestReaches ? 1 : 0),
  };
}

export interface AgencyYearRow extends HireCounts {
  agencyId: string;
  name: string;
  year: number;
}

/** Reference implementation of the year statistics the SQL computes (rows of one sector). */
export function yearStatsOf(rows: readonly AgencyYearRow[], periods: readonly PoolingPeriod[], ownAgencyId: string | null): YearStats[] {
  const periodOfRow = (r: AgencyYearRow) => periods.find((p) => p.agencyId === r.agencyId && r.year >= p.fromYear && r.year <= p.toYear);
  const pooledSums = new Map<PoolingPeriod, { total: number; target: number }>();
  for (const r of rows) {
    const p = periodOfRow(r);
    if (!p) continue;
    const sum = pooledSums.get(p) ?? { total: 0, target: 0 };
    pooledSums.set(p, { total: sum.total + totalHires(r), target: sum.target + targetHires(r) });
  }
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const ofYear = rows.filter((r) => r.year === year);
    const s: YearStats = {
      year,
      total: 0,
      target: 0,
      reporting: 0,
      reaching: 0,
      hiddenCount: 0,
      hiddenTotal: 0,
      hiddenTarget: 0,
      smallestId: null,
      smallestTotal: 0,
      smallestTarget: 0,
      smallestReaches: false,
      ownTotal: 0,
      ownTarget: 0,
    };
    let smallestName = "";
    for (const r of ofYear) {
      const total = totalHires(r);
      const target = targetHires(r);
      const p = periodOfRow(r);
      const pooled = p ? pooledSums.get(p)! : null;
      s.total += total;
      s.target += target;
      if (total > 0) s.reporting += 1;
      const basis = pooled ?? { total, target };
      const reaches = basis.total >= MIN_HIRES_FOR_SHARE && reachesGoal(share(basis.target, basis.total));
      if (reaches) s.reaching += 1;
      if (r.agencyId === ownAgencyId) {
        s.ownTotal = total;
        s.ownTarget = target;
        continue;
      }
      if (total > 0 && (p || total < MIN_HIRES_FOR_SHARE)) {
        s.hiddenCount += 1;
        s.hiddenTotal += total;
        s.hiddenTarget += target;
      } else if (!p && total >= MIN_HIRES_FOR_SHARE) {
        const before = s.smallestId === null || total < s.smallestTotal || (total === s.smallestTotal && (r.name < smallestName || (r.name === smallestName && r.agencyId < s.smallestId)));
        if (before) {
          s.smallestId = r.agencyId;
          s.smallestTotal = total;
          s.smallestTarget = target;
          s.smallestReaches = reaches;
          smallestName = r.name;
        }
      }
    }
    return s;
  });
}

/**
 * Every year's visible figure for some agencies, from their own reports (all years, so pooled
 * periods can be summed) and the sector's year statistics.
 */
export function visibleFigures(
  reports: readonly (HireCounts & { agencyId: string; year: number })[],
  stats: readonly YearStats[],
  periods: readonly PoolingPeriod[],
  ownAgencyId: string | null,
): Map<string, Map<number, AgencyFigure>> {
  const secondary = new Map(stats.map((s) => [s.year, secondaryId(s)]));
  const pooledSums = new Map<PoolingPeriod, { total: number; target: number }>();
  const periodFor = (r: { agencyId: string; year: number }) =>
    periods.find((p) => p.agencyId === r.agencyId && r.year >= p.fromYear && r.year <= p.toYear);
  for (const r of reports) {
    const p = periodFor(r);
    if (!p) continue;
    const sum = pooledSums.get(p) ?? { total: 0, target: 0 };
    pooledSums.set(p, { total: sum.total + totalHires(r), target: sum.target + targetHires(r) });
  }
  const result = new Map<string, Map<number, AgencyFigure>>();
  for (const r of reports) {
    const p = periodFor(r);
    const figure = visibleFigure({
      counts: r,
      own: r.agencyId === ownAgencyId,
      pooled: p ? { period: p, ...pooledSums.get(p)! } : null,
      secondary: secondary.get(r.year) === r.agencyId,
    });
    const byYear = result.get(r.agencyId) ?? new Map<number, AgencyFigure>();
    byYear.set(r.year, figure);
    result.set(r.agencyId, byYear);
  }
  return result;
}
