/**
 * Hidden cells tied to other years by a known period (a shown pooled period, or one withdrawn after
 * publication): their ranges come from a small integer program per connected component. Each
 * sector-year contributes only bounds on the sums of its linked cells (its other hidden cells are
 * taken out exactly, see `linkedYearBounds`), and a year whose bounds cannot bind, given what the
 * periods already imply, is left out, so that a large sector falls apart into one tiny component
 * per period.
 */
import { byCodePoint, type SectorPeriod } from "./sector";
import { countRange, type IntegerProblem, type ProblemCell, type ProblemRow } from "./integer-program";
import { nonTarget, type Equation, type Fact, type Knowledge } from "./knowledge";
import { inEquation, linkedBounds, yearModel } from "./years";
import type { Range } from "./year-bounds";
import { cellKey, MIN_COUNT, type CountName } from "./types";

export const COUNTS: readonly CountName[] = ["total", "target", "nonTarget"];

/** A protected count the components answer for: a linked cell under MIN_COUNT, or a period under it. */
export interface LinkedQuantity {
  id: string;
  agencyId: string;
  /** The unknowns it sums, and what it adds of cells the viewer knows. */
  cells: string[];
  known: { target: number; nonTarget: number };
  subject: { kind: "cell"; fact: Fact } | { kind: "period"; period: SectorPeriod };
  /** The years whose constraints bear on it, its own first. */
  years: number[];
}

export interface Component {
  cells: ProblemCell[];
  rows: ProblemRow[];
  quantities: LinkedQuantity[];
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(keys: readonly string[]) {
    const [first, ...rest] = keys;
    if (first === undefined) return;
    const root = this.find(first);
    for (const k of rest) {
      const r = this.find(k);
      if (r !== root) this.parent.set(r, root);
    }
  }
}

const lowerTotal = (f: Fact) => (f.bound === "large" ? MIN_COUNT : 0);

/** Upper bounds on a linked cell's counts implied by its own bound and the period equations it is in. */
function impliedUpper(f: Fact, equations: readonly Equation[]) {
  let total = f.bound === "few" ? MIN_COUNT - 1 : Infinity;
  let target = Infinity;
  let other = Infinity;
  for (const e of equations) {
    const hidden = e.cells.filter((c) => c.bound !== "known");
    const known = e.cells.filter((c) => c.bound === "known");
    const othersLower = hidden.filter((c) => c !== f).reduce((s, c) => s + lowerTotal(c), 0);
    if (e.exact) {
      const t = e.total - known.reduce((s, c) => s + c.total, 0);
      total = Math.min(total, t - othersLower);
      target = Math.min(target, e.target - known.reduce((s, c) => s + c.target, 0));
      other = Math.min(other, e.total - e.target - known.reduce((s, c) => s + nonTarget(c), 0));
    } else total = Math.min(total, MIN_COUNT - 1 - known.reduce((s, c) => s + c.total, 0) - othersLower);
  }
  return { total, target: Math.min(total, target), nonTarget: Math.min(total, other) };
}

/**
 * The components of the linked cells. With `insiders`, each year's bounds hold against every agency
 * that knows one of the year's unlinked hidden cells (what the publication must withstand); without,
 * they are the viewer's own.
 */
export function linkedComponents(k: Knowledge, insiders: boolean): Component[] {
  const linked = [...k.facts.values()].filter((f) => f.linked);
  if (linked.length === 0) return [];
  const uf = new UnionFind();
  const rows: ProblemRow[] = [];
  const equationCells = inEquation(k);
  const linkedYears = new Set(linked.filter((f) => f.visible).map((f) => f.year));
  for (const year of k.sector.years) {
    if (!linkedYears.has(year)) continue;
    const m = yearModel(k, year, equationCells, false);
    if (!m || m.linked.length === 0) continue;
    const b = linkedBounds(m, insiders);
    const cells = m.linked.map((f) => f.key);
    const upper = m.linked.map((f) => impliedUpper(f, k.equationsOf.get(f.key) ?? []));
    const total = (pick: (u: ReturnType<typeof impliedUpper>) => number) => upper.reduce((s, u) => s + pick(u), 0);
    const redundant =
      m.linked.reduce((s, f) => s + lowerTotal(f), 0) >= b.tLo &&
      total((u) => u.total) <= b.tHi &&
      total((u) => u.target) <= b.gHi &&
      total((u) => u.nonTarget) <= b.hHi;
    if (redundant) continue;
    rows.push({
      cells,
      count: "total",
      ...(Number.isFinite(b.tLo) && b.tLo > 0 ? { min: b.tLo } : {}),
      ...(Number.isFinite(b.tHi) ? { max: b.tHi } : {}),
    });
    rows.push({ cells, count: "target", max: b.gHi });
    rows.push({ cells, count: "nonTarget", max: b.hHi });
    uf.union(cells);
  }
  for (const e of k.equations) {
    const hidden = e.cells.filter((c) => c.bound !== "known");
    if (hidden.length === 0) continue;
    const known = e.cells.filter((c) => c.bound === "known");
    const cells = hidden.map((c) => c.key);
    if (e.exact) {
      const g = e.target - known.reduce((s, c) => s + c.target, 0);
      const h = e.total - e.target - known.reduce((s, c) => s + nonTarget(c), 0);
      rows.push({ cells, count: "target", min: g, max: g }, { cells, count: "nonTarget", min: h, max: h });
    } else rows.push({ cells, count: "total", max: MIN_COUNT - 1 - known.reduce((s, c) => s + c.total, 0) });
    uf.union(cells);
  }
  const quantities = linkedQuantities(k, linked);
  for (const q of quantities) uf.union(q.cells);

  const groups = new Map<string, Component>();
  const componentOf = (key: string) => {
    const root = uf.find(key);
    let c = groups.get(root);
    if (!c) {
      c = { cells: [], rows: [], quantities: [] };
      groups.set(root, c);
    }
    return c;
  };
  for (const f of linked.sort((a, b) => byCodePoint(a.key, b.key)))
    componentOf(f.key).cells.push({ key: f.key, agencyId: f.agencyId, bound: f.bound as ProblemCell["bound"], g: f.target, h: nonTarget(f), fixed: false });
  for (const row of rows) componentOf(row.cells[0]!).rows.push(row);
  for (const q of quantities) componentOf(q.cells[0]!).quantities.push(q);
  return [...groups.values()];
}

/** The protected counts among linked cells, and the protected periods whose every year is linked or known. */
function linkedQuantities(k: Knowledge, linked: readonly Fact[]): LinkedQuantity[] {
  const list: LinkedQuantity[] = [];
  const periodYears = (f: Fact) => {
    const years = (k.equationsOf.get(f.key) ?? []).flatMap((e) => e.period.years).filter((y) => k.sector.visible.has(y));
    return [...new Set([f.year, ...years.sort((a, b) => a - b)])];
  };
  for (const f of linked) {
    if (f.total >= MIN_COUNT) continue;
    list.push({
      id: `cell:${f.key}`,
      agencyId: f.agencyId,
      cells: [f.key],
      known: { target: 0, nonTarget: 0 },
      subject: { kind: "cell", fact: f },
      years: periodYears(f),
    });
  }
  for (const p of k.sector.periods) {
    if (p.total >= MIN_COUNT || p.agencyId === k.viewer) continue;
    const facts = p.years.map((y) => k.facts.get(cellKey(p.agencyId, y)));
    const complete = p.years.every((y, i) => facts[i] || k.sector.visible.has(y));
    const present = facts.filter((f): f is Fact => !!f);
    if (!complete || !present.some((f) => f.linked) || present.some((f) => !f.linked && f.bound !== "known")) continue;
    const known = present.filter((f) => f.bound === "known");
    list.push({
      id: `period:${p.key}`,
      agencyId: p.agencyId,
      cells: present.filter((f) => f.linked).map((f) => f.key),
      known: { target: known.reduce((s, f) => s + f.target, 0), nonTarget: known.reduce((s, f) => s + nonTarget(f), 0) },
      subject: { kind: "period", period: p },
      years: p.years.filter((y) => k.sector.visible.has(y)),
    });
  }
  return list;
}

export function knownPart(q: LinkedQuantity, count: CountName): number {
  return count === "target" ? q.known.target : count === "nonTarget" ? q.known.nonTarget : q.known.target + q.known.nonTarget;
}

/** A quantity's range when the cells of `fixedAgency` (an insider's own) are known too. */
export function quantityRange(c: Component, q: LinkedQuantity, count: CountName, fixedAgency: string | null): Range {
  const problem: IntegerProblem = {
    cells: c.cells.map((cell) => (cell.agencyId === fixedAgency ? { ...cell, fixed: true } : cell)),
    rows: c.rows,
  };
  const r = countRange(problem, { cells: q.cells, count });
  const known = knownPart(q, count);
  return { min: r.min + known, max: r.max + known };
}
