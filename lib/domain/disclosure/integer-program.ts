/**
 * Ranges where pooled periods couple years: a small integer program per component, solved with
 * javascript-lp-solver. The solver only proposes: each solution it returns is rounded and checked
 * against every constraint in integers, and only checked solutions (and the true figures) widen a
 * range. A solver mistake can therefore only make a range narrower than it is (more suppression),
 * never wider.
 */
import solver from "javascript-lp-solver";
import type { Bound } from "./knowledge";
import type { Range } from "./year-bounds";
import { MIN_COUNT, type CountName } from "./types";

/** One hidden agency-year: its target-group hires g and other hires h are the unknowns. */
export interface ProblemCell {
  key: string;
  agencyId: string;
  bound: Exclude<Bound, "known">;
  /** The true counts; with `fixed`, the attacker knows them (its own agency). */
  g: number;
  h: number;
  fixed: boolean;
}

/** min ≤ Σ count(cell) ≤ max over the cells. */
export interface ProblemRow {
  cells: string[];
  count: CountName;
  min?: number;
  max?: number;
}

export interface IntegerProblem {
  cells: ProblemCell[];
  rows: ProblemRow[];
}

const coefficients = (count: CountName): [number, number] => (count === "total" ? [1, 1] : count === "target" ? [1, 0] : [0, 1]);

function valueOf(count: CountName, g: number, h: number): number {
  const [cg, ch] = coefficients(count);
  return cg * g + ch * h;
}

function satisfies(problem: IntegerProblem, point: Map<string, { g: number; h: number }>): boolean {
  for (const c of problem.cells) {
    const p = point.get(c.key);
    if (!p || p.g < 0 || p.h < 0) return false;
    const t = p.g + p.h;
    if (c.bound === "few" && t >= MIN_COUNT) return false;
    if (c.bound === "large" && t < MIN_COUNT) return false;
    if (c.fixed && (p.g !== c.g || p.h !== c.h)) return false;
  }
  for (const row of problem.rows) {
    let sum = 0;
    for (const key of row.cells) {
      const p = point.get(key)!;
      sum += valueOf(row.count, p.g, p.h);
    }
    if (row.min !== undefined && sum < row.min) return false;
    if (row.max !== undefined && sum > row.max) return false;
  }
  return true;
}

function solve(problem: IntegerProblem, objective: { cells: string[]; count: CountName }, direction: "max" | "min") {
  const variables: Record<string, Record<string, number>> = {};
  const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
  const ints: Record<string, 1> = {};
  const index = new Map(problem.cells.map((c, i) => [c.key, i]));
  problem.cells.forEach((c, i) => {
    variables[`g${i}`] = {};
    variables[`h${i}`] = {};
    ints[`g${i}`] = 1;
    ints[`h${i}`] = 1;
    if (c.bound !== "free") {
      constraints[`b${i}`] = c.bound === "few" ? { max: MIN_COUNT - 1 } : { min: MIN_COUNT };
      variables[`g${i}`]![`b${i}`] = 1;
      variables[`h${i}`]![`b${i}`] = 1;
    }
    if (c.fixed) {
      constraints[`fg${i}`] = { equal: c.g };
      constraints[`fh${i}`] = { equal: c.h };
      variables[`g${i}`]![`fg${i}`] = 1;
      variables[`h${i}`]![`fh${i}`] = 1;
    }
  });
  const add = (name: string, cells: string[], count: CountName) => {
    const [cg, ch] = coefficients(count);
    for (const key of cells) {
      const i = index.get(key)!;
      if (cg) variables[`g${i}`]![name] = (variables[`g${i}`]![name] ?? 0) + cg;
      if (ch) variables[`h${i}`]![name] = (variables[`h${i}`]![name] ?? 0) + ch;
    }
  };
  problem.rows.forEach((row, j) => {
    constraints[`r${j}`] = { ...(row.min !== undefined ? { min: row.min } : {}), ...(row.max !== undefined ? { max: row.max } : {}) };
    add(`r${j}`, row.cells, row.count);
  });
  add("objective", objective.cells, objective.count);
  const result: unknown = solver.Solve({ optimize: "objective", opType: direction, constraints, variables, ints });
  if (typeof result !== "object" || result === null || (result as { feasible?: unknown }).feasible !== true) return null;
  const values = result as Record<string, unknown>;
  const point = new Map<string, { g: number; h: number }>();
  for (const [i, c] of problem.cells.entries()) {
    const g = Number(values[`g${i}`] ?? 0);
    const h = Number(values[`h${i}`] ?? 0);
    const rg = Math.round(g);
    const rh = Math.round(h);
    if (!Number.isFinite(g) || !Number.isFinite(h) || Math.abs(g - rg) > 1e-6 || Math.abs(h - rh) > 1e-6) return null;
    point.set(c.key, { g: rg, h: rh });
  }
  return satisfies(problem, point) ? point : null;
}

/** The smallest and largest value of Σ count over `cells` that checked integer solutions reach. */
export function countRange(problem: IntegerProblem, objective: { cells: string[]; count: CountName }): Range {
  const byKey = new Map(problem.cells.map((c) => [c.key, c]));
  const sum = (point: (key: string) => { g: number; h: number }) =>
    objective.cells.reduce((s, key) => {
      const p = point(key);
      return s + valueOf(objective.count, p.g, p.h);
    }, 0);
  const truth = sum((key) => byKey.get(key)!);
  const range = { min: truth, max: truth };
  for (const direction of ["max", "min"] as const) {
    const point = solve(problem, objective, direction);
    if (!point) continue;
    const value = sum((key) => point.get(key)!);
    range.min = Math.min(range.min, value);
    range.max = Math.max(range.max, value);
  }
  return range;
}
