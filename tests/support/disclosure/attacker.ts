/**
 * The attacker of the disclosure property test: from a publication and what the viewer knows of its
 * own agency, it writes one integer program over every agency-year the viewer cannot read (its
 * hires t and target-group hires g, 0 ≤ g ≤ t, t ≤ 4 where the cell is under 5 and t ≥ 5 where not)
 * with every equation the viewer can see, and asks HiGHS for each protected count's minimum and
 * maximum. It shares nothing with the engine but the input types: no aggregation, no closed forms,
 * another formulation (t and g, not target and other hires) and another solver.
 */
import loadHighs from "highs";
import type { CountName, Publication, SectorInput } from "@/lib/domain/disclosure";

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Promise<Highs> | null = null;
export const attackerSolver = () => (highs ??= loadHighs());

/** Hires and target-group hires of every agency-year the attacker reasons about. */
export type Assignment = Map<string, { t: number; g: number }>;

export interface AttackerRange {
  id: string;
  subject: { kind: "cell"; agencyId: string; year: number } | { kind: "period"; agencyId: string; fromYear: number; toYear: number };
  count: CountName;
  value: number;
  min: number;
  max: number;
  /** A solution reaching each end (null where unbounded), for the test to check against the publication on its own. */
  witnesses: { min: Assignment | null; max: Assignment | null };
}

interface Var {
  name: string;
  lower: number;
  upper: number | null;
}

const key = (agencyId: string, year: number) => `${agencyId}:${year}`;

export async function attack(input: SectorInput, ownAgencyId: string | null, publication: Publication): Promise<AttackerRange[]> {
  const solver = await attackerSolver();
  const row = new Map(input.reports.map((r) => [key(r.agencyId, r.year), r]));
  const visible = new Set(input.years);
  /** Each agency-year: a known pair of counts, or the names of its two unknowns. */
  const terms = new Map<string, { t: number; g: number } | { t: string; g: string }>();
  const vars: Var[] = [];
  const constraints: string[] = [];
  const unknown = (k: string, lower: number, upper: number | null) => {
    const i = vars.length / 2;
    vars.push({ name: `t${i}`, lower, upper }, { name: `g${i}`, lower: 0, upper: null });
    constraints.push(`g${i} - t${i} <= 0`);
    terms.set(k, { t: `t${i}`, g: `g${i}` });
  };
  for (const r of input.reports) {
    if (!visible.has(r.year)) continue;
    const k = key(r.agencyId, r.year);
    const view = publication.cells.get(k);
    if (r.agencyId === ownAgencyId) terms.set(k, { t: r.total, g: r.target });
    else if (view?.kind === "shown") terms.set(k, { t: view.total, g: view.target });
    else if (view?.kind === "notReported") terms.set(k, { t: 0, g: 0 });
    else unknown(k, r.total < 5 ? 0 : 5, r.total < 5 ? 4 : null);
  }
  const shownPeriods = input.periods.filter((p) => publication.periods.get(`${p.agencyId}:${p.fromYear}-${p.toYear}`)?.kind === "shown");
  const knownPeriods = [...shownPeriods.map((p) => ({ p, shown: true })), ...input.periods.filter((p) => p.withdrawn).map((p) => ({ p, shown: false }))];
  for (const { p } of knownPeriods)
    for (let y = p.fromYear; y <= p.toYear; y++) {
      const k = key(p.agencyId, y);
      if (visible.has(y) || terms.has(k)) continue;
      const r = row.get(k);
      if (p.agencyId === ownAgencyId) terms.set(k, { t: r?.total ?? 0, g: r?.target ?? 0 });
      else unknown(k, 0, null);
    }
  /** `lhs op rhs` over the given agency-years, for hires or target-group hires. */
  const linear = (keys: string[], count: "t" | "g", op: "=" | "<=", rhs: number) => {
    let constant = 0;
    const names: string[] = [];
    for (const k of keys) {
      const term = terms.get(k);
      if (!term) continue;
      const v = term[count];
      if (typeof v === "number") constant += v;
      else names.push(v);
    }
    if (names.length === 0) return;
    constraints.push(`${names.join(" + ")} ${op} ${rhs - constant}`);
  };
  for (const year of input.years) {
    const view = publication.sector.get(year);
    if (view?.kind !== "shown") continue;
    const keys = input.reports.filter((r) => r.year === year).map((r) => key(r.agencyId, r.year));
    linear(keys, "t", "=", view.total);
    linear(keys, "g", "=", view.target);
  }
  const periodKeys = (p: { agencyId: string; fromYear: number; toYear: number }) => {
    const keys: string[] = [];
    for (let y = p.fromYear; y <= p.toYear; y++) keys.push(key(p.agencyId, y));
    return keys;
  };
  const trueSum = (p: { agencyId: string; fromYear: number; toYear: number }) =>
    periodKeys(p).reduce((s, k) => ({ t: s.t + (row.get(k)?.total ?? 0), g: s.g + (row.get(k)?.target ?? 0) }), { t: 0, g: 0 });
  for (const { p, shown } of knownPeriods) {
    const keys = periodKeys(p);
    if (shown) {
      const view = publication.periods.get(`${p.agencyId}:${p.fromYear}-${p.toYear}`);
      if (view?.kind !== "shown") throw new Error("unreachable");
      linear(keys, "t", "=", view.total);
      linear(keys, "g", "=", view.target);
    } else {
      const sum = trueSum(p);
      if (sum.t >= 5) {
        linear(keys, "t", "=", sum.t);
        linear(keys, "g", "=", sum.g);
      } else linear(keys, "t", "<=", 4);
    }
  }

  // One model for every question: only the objective changes. The linear relaxation answers first
  // (fast); its optimum is the integer one when its solution is integral, else the integer program runs.
  const text = (integer: boolean) =>
    [
      "Minimize",
      ` obj: ${vars.length > 0 ? `0 ${vars[0]!.name}` : ""}`,
      "Subject To",
      ...(constraints.length > 0 ? constraints : ["t0 >= 0"]).map((c, i) => ` c${i}: ${c}`),
      "Bounds",
      ...vars.map((v) => ` ${v.lower} <= ${v.name} <= ${v.upper ?? "+inf"}`),
      ...(integer ? ["General", ` ${vars.map((v) => v.name).join(" ")}`] : []),
      "End",
    ].join("\n");
  const models: ReturnType<Highs["createModel"]>[] = [];
  const modelOf = (integer: boolean) => {
    const model = solver.createModel({ format: "lp", data: text(integer) });
    model.options.set({ output_flag: false, presolve: "off" });
    models.push(model);
    return model;
  };
  const relaxed = vars.length > 0 ? modelOf(false) : null;
  let integer: ReturnType<Highs["createModel"]> | null = null;
  const column = new Map(vars.map((v) => [v.name, relaxed!.getColByName(v.name)]));

  const optimum = (model: ReturnType<Highs["createModel"]>, costs: Float64Array, sense: "max" | "min") => {
    model.changeColsCost({ kind: "range", from: 0, to: vars.length - 1 }, costs);
    model.changeObjectiveSense(sense === "max" ? solver.constants.objectiveSense.maximize : solver.constants.objectiveSense.minimize);
    model.run();
    const status = model.getModelStatus();
    if (status === solver.constants.modelStatus.unbounded) return { value: sense === "max" ? Infinity : -Infinity, integral: true, solution: null };
    if (status !== solver.constants.modelStatus.optimal) throw new Error(`HiGHS: model status ${status}`);
    const solution = Array.from(model.getSolution().colValue);
    const integral = solution.every((x) => Math.abs(x - Math.round(x)) < 1e-9);
    return { value: model.getObjectiveValue(), integral, solution: solution.map(Math.round) };
  };

  const assignment = (solution: number[] | null): Assignment | null => {
    if (!solution) return null;
    const value = (v: number | string) => (typeof v === "number" ? v : solution[column.get(v)!]!);
    return new Map([...terms].map(([k, term]) => [k, { t: value(term.t), g: value(term.g) }]));
  };
  const truth: Assignment = new Map([...terms.keys()].map((k) => [k, { t: row.get(k)?.total ?? 0, g: row.get(k)?.target ?? 0 }]));

  const extreme = (keys: string[], count: CountName, sense: "max" | "min"): { value: number; witness: Assignment | null } => {
    let constant = 0;
    const costs = new Float64Array(vars.length);
    let free = false;
    for (const k of keys) {
      const term = terms.get(k);
      if (!term) continue;
      const coefficients: ["t" | "g", number][] = count === "total" ? [["t", 1]] : count === "target" ? [["g", 1]] : [["t", 1], ["g", -1]];
      for (const [c, sign] of coefficients) {
        const v = term[c];
        if (typeof v === "number") constant += sign * v;
        else {
          costs[column.get(v)!]! += sign;
          free = true;
        }
      }
    }
    if (!free || !relaxed) return { value: constant, witness: truth };
    let result = optimum(relaxed, costs, sense);
    if (!result.integral) result = optimum((integer ??= modelOf(true)), costs, sense);
    return { value: constant + Math.round(result.value), witness: assignment(result.solution) };
  };
  const range = (keys: string[], count: CountName, unbounded = false) => {
    const min = extreme(keys, count, "min");
    const max = unbounded ? { value: Infinity, witness: null } : extreme(keys, count, "max");
    return { min: min.value, max: max.value, witnesses: { min: min.witness, max: max.witness } };
  };

  const out: AttackerRange[] = [];
  const valueOf = (s: { t: number; g: number }, count: CountName) => (count === "total" ? s.t : count === "target" ? s.g : s.t - s.g);
  for (const r of input.reports) {
    if (!visible.has(r.year) || r.total >= 5 || r.agencyId === ownAgencyId) continue;
    for (const count of ["total", "target", "nonTarget"] as const)
      out.push({
        id: `cell:${key(r.agencyId, r.year)}:${count}`,
        subject: { kind: "cell", agencyId: r.agencyId, year: r.year },
        count,
        value: valueOf({ t: r.total, g: r.target }, count),
        ...range([key(r.agencyId, r.year)], count),
      });
  }
  // Years the viewer cannot see count too where a known period holds them.
  for (const k of terms.keys()) {
    const year = Number(k.slice(k.lastIndexOf(":") + 1));
    const agencyId = k.slice(0, k.lastIndexOf(":"));
    const r = row.get(k);
    if (visible.has(year) || agencyId === ownAgencyId || (r?.total ?? 0) >= 5) continue;
    for (const count of ["total", "target", "nonTarget"] as const)
      out.push({
        id: `cell:${k}:${count}`,
        subject: { kind: "cell", agencyId, year },
        count,
        value: valueOf({ t: r?.total ?? 0, g: r?.target ?? 0 }, count),
        ...range([k], count),
      });
  }
  for (const p of input.periods) {
    if (!(p.published || p.withdrawn) || p.agencyId === ownAgencyId) continue;
    const sum = trueSum(p);
    if (sum.t >= 5) continue;
    const keys = periodKeys(p);
    const hidden = keys.some((k) => !terms.has(k) && !visible.has(Number(k.slice(k.lastIndexOf(":") + 1))));
    for (const count of ["total", "target", "nonTarget"] as const)
      out.push({
        id: `period:${p.agencyId}:${p.fromYear}-${p.toYear}:${count}`,
        subject: { kind: "period", agencyId: p.agencyId, fromYear: p.fromYear, toYear: p.toYear },
        count,
        value: valueOf(sum, count),
        // A year the viewer cannot see, and no equation it knows holds it: no upper bound.
        ...range(keys, count, hidden),
      });
  }
  for (const m of models) m.dispose();
  return out;
}
