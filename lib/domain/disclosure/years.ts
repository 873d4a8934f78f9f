/**
 * One sector-year as a viewer sees it: what is hidden, what is linked to other years by a known
 * period, and the shown cells that could still be hidden for the hidden ones' sake.
 */
import { byCodePoint } from "./sector";
import { nonTarget, type Fact, type Knowledge } from "./knowledge";
import { fewCellRanges, linkedYearBounds, type CountRanges, type HiddenCell, type YearBounds } from "./year-bounds";
import { MIN_POSSIBLE_VALUES } from "./types";

export interface YearModel {
  year: number;
  /** Target-group and other hires of every hidden cell of the year (linked ones included). */
  rg: number;
  rh: number;
  /** Hidden cells in no known period equation. */
  few: Fact[];
  large: Fact[];
  /** Hidden cells in a known period equation. */
  linked: Fact[];
  /** Shown cells in no period equation, smallest first (then by agency id, as the sector's rows are). */
  candidates: Fact[];
}

export function inEquation(k: Knowledge): Set<string> {
  return new Set(k.equations.flatMap((e) => e.cells.map((c) => c.key)));
}

/**
 * The year's model, or null when its sector counts are not shown (then nothing ties its cells
 * together). Candidates only when asked for (sorting them is most of the work in a large sector).
 */
export function yearModel(k: Knowledge, year: number, equationCells: Set<string>, withCandidates = true): YearModel | null {
  const shown = k.totals.get(year);
  if (!shown) return null;
  let rg = shown.target;
  let rh = shown.total - shown.target;
  const m: YearModel = { year, rg: 0, rh: 0, few: [], large: [], linked: [], candidates: [] };
  for (const f of k.byYear.get(year) ?? []) {
    if (f.bound === "known") {
      rg -= f.target;
      rh -= nonTarget(f);
      if (withCandidates && f.agencyId !== k.viewer && !equationCells.has(f.key)) m.candidates.push(f);
    } else if (f.linked) m.linked.push(f);
    else if (f.bound === "few") m.few.push(f);
    else m.large.push(f);
  }
  m.rg = rg;
  m.rh = rh;
  return m;
}

const sum = (facts: readonly Fact[], count: (f: Fact) => number) => facts.reduce((s, f) => s + count(f), 0);

/** The year's hidden cells outside period equations, taken together (the linked ones counted as known). */
export interface OpenYear {
  rg: number;
  rh: number;
  few: number;
  large: number;
}

export function openYear(m: YearModel, extra: readonly Fact[] = []): OpenYear {
  return {
    rg: m.rg - sum(m.linked, (f) => f.target) + sum(extra, (f) => f.target),
    rh: m.rh - sum(m.linked, nonTarget) + sum(extra, nonTarget),
    few: m.few.length,
    large: m.large.length + extra.length,
  };
}

/** An attacker of the year: the public (null), or the people of an agency whose hidden cell of the year they know. */
export interface Insider {
  large: boolean;
  target: number;
  nonTarget: number;
}

/** The ranges of every few cell of the year the attacker does not know (all alike), or null when there is none. */
export function openRanges(y: OpenYear, insider: Insider | null): CountRanges | null {
  const few = y.few - (insider && !insider.large ? 1 : 0);
  if (few < 1) return null;
  const large = y.large - (insider?.large ? 1 : 0);
  return fewCellRanges(y.rg - (insider?.target ?? 0), y.rh - (insider?.nonTarget ?? 0), few - 1, large);
}

export function rangesPass(r: CountRanges | null): boolean {
  return !r || [r.total, r.target, r.nonTarget].every((x) => x.max - x.min + 1 >= MIN_POSSIBLE_VALUES);
}

/** The distinct insiders of the year (agencies whose hidden, unlinked cell it is), in a fixed order. */
export function insidersOf(m: YearModel, extra: readonly Fact[] = []): Insider[] {
  const seen = new Map<string, Insider>();
  for (const f of [...m.few, ...m.large, ...extra]) {
    const insider = { large: f.bound === "large" || extra.includes(f), target: f.target, nonTarget: nonTarget(f) };
    seen.set(`${insider.large ? 1 : 0}:${insider.target}:${insider.nonTarget}`, insider);
  }
  return [...seen.entries()].sort(([a], [b]) => byCodePoint(a, b)).map(([, i]) => i);
}

/** Bounds on the sums of the year's linked cells, for the viewer alone or for every insider too. */
export function linkedBounds(m: YearModel, insiders: boolean, extra: readonly Fact[] = []): YearBounds {
  const others: HiddenCell[] = [...m.few, ...m.large, ...extra].map((f) => ({
    total: f.total,
    target: f.target,
    large: f.bound === "large" || extra.includes(f),
  }));
  return linkedYearBounds(m.rg + sum(extra, (f) => f.target), m.rh + sum(extra, nonTarget), others, insiders);
}
