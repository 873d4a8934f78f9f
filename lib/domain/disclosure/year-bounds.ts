/**
 * Exact bounds for the common structure: one sector-year whose counts are shown. What the viewer
 * cannot see of the year adds up to the shown total (and target) less everything it sees, so the
 * hidden agency-years are one equation for hires and one for target-group hires, tied by
 * target ≤ total in every cell. In counts of target-group hires g and of other hires h (t = g + h),
 * with a few cell being 0 ≤ g + h ≤ 4 and a large one g + h ≥ 5, the two equations are
 *   Σ g = Rg,  Σ h = Rh   over the hidden cells.
 * The cells of one kind have the same bounds, so the rest of the cells can be taken together: their
 * sums reach every pair (G, H) with G, H ≥ 0 and G + H between the sum of their lower and upper
 * bounds. Hence the closed forms below, exact over the integers (see the decision record).
 */
import { MIN_COUNT } from "./types";

export interface Range {
  min: number;
  max: number;
}

export interface CountRanges {
  total: Range;
  target: Range;
  nonTarget: Range;
}

const FEW_MAX = MIN_COUNT - 1;

/**
 * The range of one few cell's counts, when the hidden cells of the year (that cell included) hold
 * `rg` target-group hires and `rh` other hires, and the other hidden cells are `othersFew` few and
 * `othersLarge` large ones.
 */
export function fewCellRanges(rg: number, rh: number, othersFew: number, othersLarge: number): CountRanges {
  const r = rg + rh;
  const upper = othersLarge > 0 ? Infinity : FEW_MAX * othersFew;
  const lower = MIN_COUNT * othersLarge;
  const lo = Math.max(0, r - upper);
  const hi = Math.min(FEW_MAX, r - lower);
  return {
    total: { min: lo, max: hi },
    target: { min: Math.max(0, lo - rh), max: Math.min(rg, hi) },
    nonTarget: { min: Math.max(0, lo - rg), max: Math.min(rh, hi) },
  };
}

export interface HiddenCell {
  total: number;
  target: number;
  large: boolean;
}

/**
 * Bounds on the sums of the linked cells of a year (those in a known period equation), when the
 * year's other hidden cells are taken out: Σ t in [tLo, tHi], Σ g ≤ gHi, Σ h ≤ hHi. `rg` and `rh`
 * are all hidden hires of the year (linked ones included). With `insiders`, the bounds hold for
 * every attacker who also knows one of `others` exactly (an agency's own people): they are the
 * tightest of all those attackers' bounds together, which no single one of them can beat.
 */
export interface YearBounds {
  tLo: number;
  tHi: number;
  gHi: number;
  hHi: number;
}

export function linkedYearBounds(rg: number, rh: number, others: readonly HiddenCell[], insiders: boolean): YearBounds {
  const r = rg + rh;
  const large = others.filter((c) => c.large).length;
  const few = others.length - large;
  const upper = large > 0 ? Infinity : FEW_MAX * few;
  const lower = MIN_COUNT * large;
  const bounds: YearBounds = { tLo: r - upper, tHi: r - lower, gHi: rg, hHi: rh };
  if (!insiders) return bounds;
  for (const c of others) {
    const upperWithout = c.large ? (large >= 2 ? Infinity : FEW_MAX * few) : large > 0 ? Infinity : FEW_MAX * (few - 1);
    const lowerWithout = lower - (c.large ? MIN_COUNT : 0);
    bounds.tLo = Math.max(bounds.tLo, r - c.total - upperWithout);
    bounds.tHi = Math.min(bounds.tHi, r - c.total - lowerWithout);
    bounds.gHi = Math.min(bounds.gHi, rg - c.target);
    bounds.hHi = Math.min(bounds.hHi, rh - (c.total - c.target));
  }
  return bounds;
}
