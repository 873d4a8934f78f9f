/**
 * What one viewer knows of a sector, given a publication: every count it sees exactly, the bounds
 * the rules themselves give away, and the linear equations between hidden counts.
 *
 * The attacker is the strongest one the brief names: it knows which hidden counts are under
 * MIN_COUNT ("few", 0–4) and which are not ("large", 5 or more), for suppressed and pooled years
 * alike; that target ≤ total and counts are ≥ 0; every shown cell, sector total and pooled sum; the
 * sum of every period ever published (withdrawn ones too); and its own agency's figures, of every
 * year, exactly.
 */
import { cellKey, MIN_COUNT, type Publication } from "./types";
import type { Row, Sector, SectorPeriod } from "./sector";

/** How much the viewer knows of one count: exactly, 0–4, 5 or more, or nothing (a year it cannot see). */
export type Bound = "known" | "few" | "large" | "free";

export interface Fact {
  key: string;
  agencyId: string;
  year: number;
  /** The true counts (0 for a year without a report). */
  total: number;
  target: number;
  bound: Bound;
  visible: boolean;
  /** In a period equation the viewer knows, and not known exactly. */
  linked: boolean;
}

/** A period whose sum the viewer knows: exactly, or only that it was under MIN_COUNT (a withdrawn one). */
export interface Equation {
  period: SectorPeriod;
  /** Every year of the period (a fact with 0 hires for a visible year without a report is left out). */
  cells: Fact[];
  exact: boolean;
  /** The sums the viewer knows (as shown, or as they were when a withdrawn period was). */
  total: number;
  target: number;
}

export interface Knowledge {
  sector: Sector;
  viewer: string | null;
  /** Reported agency-years of visible years, and the years of known periods the viewer cannot see. */
  facts: Map<string, Fact>;
  /** Facts of visible years, by year. */
  byYear: Map<number, Fact[]>;
  /** Sector counts shown, by year. */
  totals: Map<number, { total: number; target: number }>;
  equations: Equation[];
  /** Equations each linked fact is in. */
  equationsOf: Map<string, Equation[]>;
}

const boundOf = (total: number): Bound => (total < MIN_COUNT ? "few" : "large");

export function knowledgeOf(sector: Sector, viewer: string | null, publication: Publication): Knowledge {
  const facts = new Map<string, Fact>();
  const byYear = new Map<number, Fact[]>();
  for (const year of sector.years) {
    const list: Fact[] = [];
    for (const row of sector.rowsByYear.get(year) ?? []) {
      const view = publication.cells.get(row.key);
      const known = row.agencyId === viewer || view?.kind === "shown";
      const fact: Fact = {
        key: row.key,
        agencyId: row.agencyId,
        year: row.year,
        total: row.total,
        target: row.target,
        bound: known ? "known" : boundOf(row.total),
        visible: true,
        linked: false,
      };
      facts.set(row.key, fact);
      list.push(fact);
    }
    byYear.set(year, list);
  }
  const totals = new Map<number, { total: number; target: number }>();
  for (const year of sector.years) {
    const view = publication.sector.get(year);
    if (view?.kind === "shown") totals.set(year, { total: view.total, target: view.target });
  }
  const equations: Equation[] = [];
  const equationsOf = new Map<string, Equation[]>();
  for (const period of sector.periods) {
    const view = publication.periods.get(period.key);
    const shown = view?.kind === "shown";
    if (!shown && !period.withdrawn) continue;
    const cells: Fact[] = [];
    for (const year of period.years) {
      const key = cellKey(period.agencyId, year);
      let fact = facts.get(key);
      if (!fact && !sector.visible.has(year)) {
        const row: Row | undefined = sector.rows.get(key);
        fact = {
          key,
          agencyId: period.agencyId,
          year,
          total: row?.total ?? 0,
          target: row?.target ?? 0,
          bound: period.agencyId === viewer ? "known" : "free",
          visible: false,
          linked: false,
        };
        facts.set(key, fact);
      }
      if (fact) cells.push(fact);
    }
    // A withdrawn period was only ever shown with MIN_COUNT hires or more; one under it said "few".
    const equation: Equation = {
      period,
      cells,
      exact: shown || period.total >= MIN_COUNT,
      total: shown ? view.total : period.total,
      target: shown ? view.target : period.target,
    };
    equations.push(equation);
    for (const fact of cells) {
      if (fact.bound === "known") continue;
      fact.linked = true;
      equationsOf.set(fact.key, [...(equationsOf.get(fact.key) ?? []), equation]);
    }
  }
  return { sector, viewer, facts, byYear, totals, equations, equationsOf };
}

export const nonTarget = (f: { total: number; target: number }) => f.total - f.target;
