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
}

export function totalHires(c: HireCounts): number {
  return c.permanentTotal + c.temporaryTotal;
}

export function targetHires(c: HireCounts): number {
  return c.permanentTarget + c.temporaryTarget;
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
  | { kind: "suppressed" }
  | { kind: "shown"; total: number; target: number; share: number };

/**
 * What may be shown of one agency's year. `maySeeSmallCounts` is true only for the agency itself.
 */
export function agencyFigure(c: HireCounts | null | undefined, maySeeSmallCounts: boolean): AgencyFigure {
  if (!c) return { kind: "none" };
  const total = totalHires(c);
  const target = targetHires(c);
  if (total === 0) return { kind: "none" };
  if (total < MIN_HIRES_FOR_SHARE && !maySeeSmallCounts) return { kind: "suppressed" };
  return { kind: "shown", total, target, share: target / total };
}

export function reachesGoal(value: number | null): boolean {
  return value !== null && value >= GOAL_SHARE;
}
