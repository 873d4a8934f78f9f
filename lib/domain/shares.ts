/**
 * Counting and privacy rules for new hires (../shared/DOMAIN.md).
 * The share is target-group hires over all new hires; an agency with fewer than
 * MIN_HIRES_FOR_SHARE new hires reports no share, and others never see its counts.
 */
import { GOAL_PERCENT } from "@/lib/domain/reporting-years";

export const MIN_HIRES_FOR_SHARE = 5;

export interface HireCounts {
  permanentTotal: number;
  permanentTarget: number;
  temporaryTotal: number;
  temporaryTarget: number;
  /**
   * Trainees of the state trainee programme who started in the year. They are temporary hires,
   * but counted here only (never also under temporary hires), and all of them are in the target
   * group: there is no "of whom in the target group" for them. Absent: none.
   */
  traineeTotal?: number;
}

export function totalHires(c: HireCounts): number {
  return c.permanentTotal + c.temporaryTotal + (c.traineeTotal ?? 0);
}

/** Target-group hires: the permanent and temporary ones in the target group, and every trainee. */
export function targetHires(c: HireCounts): number {
  return c.permanentTarget + c.temporaryTarget + (c.traineeTotal ?? 0);
}

/** The split the letters ask for: new hires in permanent and in temporary positions, and trainees. */
export interface HireSplit {
  permanent: { total: number; target: number };
  temporary: { total: number; target: number };
  trainees: number;
}

export function splitOf(c: HireCounts): HireSplit {
  return {
    permanent: { total: c.permanentTotal, target: c.permanentTarget },
    temporary: { total: c.temporaryTotal, target: c.temporaryTarget },
    trainees: c.traineeTotal ?? 0,
  };
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
   * Exact counts of a year with fewer than 5 new hires, for those who see exact counts (the
   * governing ministry, the audit office, the agency itself): no share, and marked "færre enn 5 –
   * ikke for publisering".
   */
  | { kind: "few"; total: number; target: number }
  /**
   * Hidden by disclosure control (lib/domain/disclosure): "few", fewer than 5 new hires; "secondary",
   * hidden so that another agency's count cannot be worked out.
   */
  | { kind: "suppressed"; reason: "few" | "secondary" }
  | { kind: "shown"; total: number; target: number; share: number }
  /** A small agency's years reported as one period, with the ministry's approval. */
  | { kind: "pooled"; fromYear: number; toYear: number; total: number; target: number; share: number };

/** A period of years a small agency reports as one, with the ministry's approval. */
export interface PoolingPeriod {
  agencyId: string;
  fromYear: number;
  toYear: number;
}

/**
 * One agency-year's figure for someone who sees exact counts (lib/access/figures.ts): every count,
 * with a share only from 5 new hires (DFØ: fewer is reported without a share).
 */
export function exactFigure(c: HireCounts | null | undefined): AgencyFigure {
  if (!c) return { kind: "none" };
  const total = totalHires(c);
  const target = targetHires(c);
  if (total < MIN_HIRES_FOR_SHARE) return { kind: "few", total, target };
  return { kind: "shown", total, target, share: target / total };
}

/**
 * The goal is reached when target-group hires × 100 ≥ goal (5) × all new hires: whole numbers
 * only, so no rounding ever decides it. The one rule for the dashboard, the pages, the chart and
 * the exports (the dashboard's SQL says the same: lib/data/hiring-stats.ts).
 */
export function reachesGoal(target: number, total: number, goalPercent: number = GOAL_PERCENT): boolean {
  return total > 0 && target * 100 >= goalPercent * total;
}

/**
 * The counts of a revision as stored (HiringRevision.before/after, JSON), as they were counted
 * then: a revision written before trainees became one number may carry "traineeTarget", and its
 * target-group hires are read with it. Null when the value holds no counts.
 */
export function revisionCounts(value: unknown): { total: number; target: number; trainees: number } | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  const n = (key: string) => (typeof v[key] === "number" ? (v[key] as number) : 0);
  if (typeof v.permanentTotal !== "number") return null;
  const c: HireCounts = { permanentTotal: n("permanentTotal"), permanentTarget: n("permanentTarget"), temporaryTotal: n("temporaryTotal"), temporaryTarget: n("temporaryTarget"), traineeTotal: n("traineeTotal") };
  const target = typeof v.traineeTarget === "number" ? c.permanentTarget + c.temporaryTarget + v.traineeTarget : targetHires(c);
  return { total: totalHires(c), target, trainees: c.traineeTotal ?? 0 };
}
