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
  /** "few": fewer than 5 hires; "secondary": hidden so that a small agency cannot be worked out. */
  | { kind: "suppressed"; reason: "few" | "secondary" }
  | { kind: "shown"; total: number; target: number; share: number };

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
}

/**
 * One year's figures as one viewer may see them. Agencies under the threshold are suppressed
 * (primary); and where the suppressed ones could be worked out from the others and the sector
 * total — a single suppressed agency, or suppressed agencies with fewer than 5 hires together —
 * the next smallest agencies are suppressed too (secondary), until the hidden group is at least
 * two agencies with at least 5 hires. The viewer's own agency is always shown to it.
 */
export function yearFigures(rows: readonly AgencyYearCounts[], ownAgencyId: string | null): Map<string, AgencyFigure> {
  const figures = new Map<string, AgencyFigure>();
  for (const r of rows) figures.set(r.agencyId, agencyFigure(r.counts, r.agencyId === ownAgencyId));
  const others = rows.filter((r) => r.agencyId !== ownAgencyId && totalHires(r.counts) > 0);
  const hidden = others.filter((r) => figures.get(r.agencyId)?.kind === "suppressed");
  if (hidden.length === 0) return figures;
  const candidates = others
    .filter((r) => figures.get(r.agencyId)?.kind === "shown")
    .sort((a, b) => totalHires(a.counts) - totalHires(b.counts));
  const hiddenTotal = () => hidden.reduce((sum, r) => sum + totalHires(r.counts), 0);
  while ((hidden.length < 2 || hiddenTotal() < MIN_HIRES_FOR_SHARE) && candidates.length > 0) {
    const next = candidates.shift()!;
    figures.set(next.agencyId, { kind: "suppressed", reason: "secondary" });
    hidden.push(next);
  }
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

/** `yearFigures` for every year of a list of agency-year reports: year → agency → figure. */
export function figuresByYear(
  reports: readonly (HireCounts & { agencyId: string; year: number })[],
  ownAgencyId: string | null,
): Map<number, Map<string, AgencyFigure>> {
  const byYear = new Map<number, AgencyYearCounts[]>();
  for (const r of reports) {
    const list = byYear.get(r.year) ?? [];
    list.push({ agencyId: r.agencyId, counts: r });
    byYear.set(r.year, list);
  }
  return new Map([...byYear].map(([year, rows]) => [year, yearFigures(rows, ownAgencyId)]));
}
