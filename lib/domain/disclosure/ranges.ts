/** The viewer's ranges of every protected count (what `protectedRanges` reports). */
import { byCodePoint } from "./sector";
import { nonTarget, type Fact, type Knowledge } from "./knowledge";
import { COUNTS, linkedComponents, quantityRange } from "./linked";
import { inEquation, openRanges, openYear, yearModel } from "./years";
import type { CountRanges, Range } from "./year-bounds";
import { cellKey, MIN_COUNT, type CountName, type RangeReport } from "./types";

const few = (): Range => ({ min: 0, max: MIN_COUNT - 1 });
const exactly = (v: number): Range => ({ min: v, max: v });
const countOf = (f: { total: number; target: number }, count: CountName) =>
  count === "total" ? f.total : count === "target" ? f.target : nonTarget(f);

/**
 * Exact for every cell of a year no known period ties to another (the common case). A cell of such a
 * year beside a linked one is bounded as if the linked cells were known, and a period with some
 * unlinked hidden years as if its linked years were: ranges that may be narrower than the truth,
 * never wider.
 */
export function viewerRanges(k: Knowledge): RangeReport[] {
  const reports: RangeReport[] = [];
  const cellRanges = new Map<string, CountRanges>();
  const equationCells = inEquation(k);
  const push = (f: Fact, ranges: CountRanges) => {
    cellRanges.set(f.key, ranges);
    for (const count of COUNTS)
      reports.push({ subject: { kind: "cell", agencyId: f.agencyId, year: f.year }, count, value: countOf(f, count), ...ranges[count] });
  };
  for (const year of k.sector.years) {
    const m = yearModel(k, year, equationCells, false);
    const open = m ? openRanges(openYear(m), null) : null;
    const facts = [...(k.byYear.get(year) ?? [])].sort((a, b) => byCodePoint(a.agencyId, b.agencyId));
    for (const f of facts) {
      if (f.total >= MIN_COUNT || f.agencyId === k.viewer || f.linked) continue;
      if (f.bound === "known") push(f, { total: exactly(f.total), target: exactly(f.target), nonTarget: exactly(nonTarget(f)) });
      else push(f, open ?? { total: few(), target: few(), nonTarget: few() });
    }
  }
  const handled = new Set<string>();
  for (const c of linkedComponents(k, false))
    for (const q of c.quantities) {
      handled.add(q.id);
      for (const count of COUNTS) {
        const range = quantityRange(c, q, count, null);
        if (q.subject.kind === "cell") {
          const f = q.subject.fact;
          reports.push({ subject: { kind: "cell", agencyId: f.agencyId, year: f.year }, count, value: countOf(f, count), ...range });
        } else {
          const p = q.subject.period;
          reports.push({ subject: { kind: "period", agencyId: p.agencyId, fromYear: p.period.fromYear, toYear: p.period.toYear }, count, value: countOf(p, count), ...range });
        }
      }
    }
  for (const p of k.sector.periods) {
    if (p.total >= MIN_COUNT || p.agencyId === k.viewer || handled.has(`period:${p.key}`)) continue;
    for (const count of COUNTS) {
      const range = { min: 0, max: 0 };
      for (const year of p.years) {
        const f = k.facts.get(cellKey(p.agencyId, year));
        const r = !f
          ? k.sector.visible.has(year)
            ? exactly(0)
            : { min: 0, max: Infinity }
          : f.bound === "known" || f.linked
            ? exactly(countOf(f, count))
            : (cellRanges.get(f.key)?.[count] ?? few());
        range.min += r.min;
        range.max += r.max;
      }
      reports.push({ subject: { kind: "period", agencyId: p.agencyId, fromYear: p.period.fromYear, toYear: p.period.toYear }, count, value: countOf(p, count), ...range });
    }
  }
  return reports;
}
