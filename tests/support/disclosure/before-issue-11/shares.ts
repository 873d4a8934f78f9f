// A frozen copy of lib/domain/shares.ts as it was at commit 336fef8, before issue 11: "the rules before
// issue 11" that the disclosure attacker test must find leaking. Do not edit; only the import path differs.
/**
 * Counting and privacy rules for new hires (../shared/DOMAIN.md).
 * The share is target-group hires over all new hires; an agency with fewer than
 * MIN_HIRES_FOR_SHARE new hires reports no share, and others never see its counts.
 */
export const GOAL_SHARE = 0.05;
export const MIN_HIRES_FOR_SHARE = 5;

export interface HireCounts {
  permanentTotal: number;
  permanentTarget: number;
  temporaryTotal: number;
  temporaryTarget: number;
  /** Trainees of the state trainee programme who started in the year. */
  traineeTotal?: number;
  traineeTarget?: number;
}

export function totalHires(c: HireCounts): number {
  return c.permanentTotal + c.temporaryTotal + (c.traineeTotal ?? 0);
}

export function targetHires(c: HireCounts): number {
  return c.permanentTarget + c.temporaryTarget + (c.traineeTarget ?? 0);
}

/** Share of target-group hires, or null when there were no hires (shown as "–", never 0 %). */
export function share(target: number, total: number): number | null {
  return total > 0 ? target / total : null;
}

/** The sector share: weighted by hires (sum over sum), not an average of the agencies' shares. */
export function sectorShare(reports: readonly HireCounts[]): number | null {
  let total = 0;
  let target = 0;
  for (const r of reports) {
    total += totalHires(r);
    target += targetHires(r);
  }
  return share(target, total);
}

export type AgencyFigure =
  | { kind: "none" }
  /**
   * "few": fewer than 5 hires (or a pooled period still under 5); "secondary": hidden so that a
   * small agency cannot be worked out.
   */
  | { kind: "suppressed"; reason: "few" | "secondary" }
  | { kind: "shown"; total: number; target: number; share: number }
  /** A small agency's years reported as one period, with the ministry's consent. */
  | { kind: "pooled"; fromYear: number; toYear: number; total: number; target: number; share: number };

/** A period of years a small agency reports as one, with the ministry's consent. */
export interface PoolingPeriod {
  agencyId: string;
  fromYear: number;
  toYear: number;
}

export function periodOf(periods: readonly PoolingPeriod[], agencyId: string, year: number): PoolingPeriod | undefined {
  return periods.find((p) => p.agencyId === agencyId && year >= p.fromYear && year <= p.toYear);
}

/** The figure for a pooled period: the share over all its years, or suppressed while still under 5 hires. */
export function pooledFigure(period: PoolingPeriod, total: number, target: number): AgencyFigure {
  if (total === 0) return { kind: "none" };
  if (total < MIN_HIRES_FOR_SHARE) return { kind: "suppressed", reason: "few" };
  return { kind: "pooled", fromYear: period.fromYear, toYear: period.toYear, total, target, share: target / total };
}

/**
 * What may be shown of one agency's year. `maySeeSmallCounts` is true only for the agency itself.
 */
export function agencyFigure(c: HireCounts | null | undefined, maySeeSmallCounts: boolean): AgencyFigure {
  if (!c) return { kind: "none" };
  const total = totalHires(c);
  const target = targetHires(c);
  if (total === 0) return { kind: "none" };
  if (total < MIN_HIRES_FOR_SHARE && !maySeeSmallCounts) return { kind: "suppressed", reason: "few" };
  return { kind: "shown", total, target, share: target / total };
}

export function reachesGoal(value: number | null): boolean {
  return value !== null && value >= GOAL_SHARE;
}

export interface AgencyYearCounts {
  agencyId: string;
  counts: HireCounts;
  /** True when the agency reports this year pooled with others (its own year stays hidden). */
  pooled?: boolean;
}

/**
 * One year's figures as one viewer may see them. Agencies under the threshold are suppressed
 * (primary), and so are the single years of a pooled period; where the hidden ones could be worked
 * out from the others and the sector total — a single hidden agency, or hidden agencies with fewer
 * than 5 hires together — the smallest shown agency is suppressed too (secondary; one is always
 * enough, as it has at least 5). The viewer's own agency is always shown to it, and never hidden
 * for others' sake. Ties go by the order of `rows` (the callers sort by name).
 */
export function yearFigures(rows: readonly AgencyYearCounts[], ownAgencyId: string | null): Map<string, AgencyFigure> {
  const figures = new Map<string, AgencyFigure>();
  for (const r of rows) {
    const own = r.agencyId === ownAgencyId;
    figures.set(r.agencyId, r.pooled && !own ? { kind: "suppressed", reason: "few" } : agencyFigure(r.counts, own));
  }
  const others = rows.filter((r) => r.agencyId !== ownAgencyId);
  // Only agencies with hires can be worked out; a pooled year without hires covers nobody.
  const hidden = others.filter((r) => figures.get(r.agencyId)?.kind === "suppressed" && totalHires(r.counts) > 0);
  const hiddenTotal = hidden.reduce((sum, r) => sum + totalHires(r.counts), 0);
  if (hidden.length === 0 || (hidden.length >= 2 && hiddenTotal >= MIN_HIRES_FOR_SHARE)) return figures;
  let smallest: AgencyYearCounts | undefined;
  for (const r of others) {
    if (r.pooled || figures.get(r.agencyId)?.kind !== "shown") continue;
    if (!smallest || totalHires(r.counts) < totalHires(smallest.counts)) smallest = r;
  }
  if (smallest) figures.set(smallest.agencyId, { kind: "suppressed", reason: "secondary" });
  return figures;
}

/**
 * Whether the sector's counts for a year may be shown to a viewer who already sees `visibleTotal`
 * of its hires agency by agency: not when the rest (sector minus visible) is 1–4 hires, which
 * would reveal a small agency's numbers by subtraction.
 */
export function sectorCountsShowable(sectorTotal: number, visibleTotal: number): boolean {
  const rest = sectorTotal - visibleTotal;
  return rest === 0 || rest >= MIN_HIRES_FOR_SHARE;
}

/**
 * `yearFigures` for every year of a list of agency-year reports: year → agency → figure. Outside
 * the agency, the years of a pooled period all show the period's figure.
 */
export function figuresByYear(
  reports: readonly (HireCounts & { agencyId: string; year: number })[],
  ownAgencyId: string | null,
  periods: readonly PoolingPeriod[] = [],
): Map<number, Map<string, AgencyFigure>> {
  const byYear = new Map<number, AgencyYearCounts[]>();
  const periodSums = new Map<PoolingPeriod, { total: number; target: number }>();
  for (const r of reports) {
    const period = r.agencyId === ownAgencyId ? undefined : periodOf(periods, r.agencyId, r.year);
    const list = byYear.get(r.year) ?? [];
    list.push({ agencyId: r.agencyId, counts: r, pooled: !!period });
    byYear.set(r.year, list);
    if (period) {
      const sum = periodSums.get(period) ?? { total: 0, target: 0 };
      periodSums.set(period, { total: sum.total + totalHires(r), target: sum.target + targetHires(r) });
    }
  }
  const result = new Map([...byYear].map(([year, rows]) => [year, yearFigures(rows, ownAgencyId)]));
  for (const r of reports) {
    const period = r.agencyId === ownAgencyId ? undefined : periodOf(periods, r.agencyId, r.year);
    const sum = period && periodSums.get(period);
    if (period && sum) result.get(r.year)!.set(r.agencyId, pooledFigure(period, sum.total, sum.target));
  }
  return result;
}
