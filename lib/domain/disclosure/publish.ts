/**
 * The publication of one sector: start from the primary rule (under MIN_COUNT hidden, published
 * periods pooled), then check every protected count against every attacker the publication must
 * withstand — the public and the people of each agency, who also know their own figures (every
 * agency can read the public figures, so the one publication must hold against each of them) — and
 * suppress further until all pass. Within a run every step only hides more, so a check that passed
 * stays passed; a run starts again only with one more period or year's counts left out. Both end
 * because there is only so much to hide. Order and reasons: docs/decisions/015-disclosure-control.md.
 */
import { byCodePoint, type Sector } from "./sector";
import { knowledgeOf, nonTarget, type Fact, type Knowledge } from "./knowledge";
import { COUNTS, linkedComponents, quantityRange, type Component, type LinkedQuantity } from "./linked";
import { inEquation, insidersOf, linkedBounds, openRanges, openYear, rangesPass, yearModel, type Insider, type YearModel } from "./years";
import { cellKey, MIN_COUNT, MIN_POSSIBLE_VALUES, type CellView, type Publication, type TotalView } from "./types";

/** How many of the smallest shown cells are tried in pairs before a sector total is given up. */
const PAIR_CANDIDATES = 12;
/** Each linked year must let its linked cells move by this much, where their own bounds allow. */
const YEAR_SLACK = 2;

const SECONDARY: CellView = { kind: "suppressed", reason: "secondary" };
const FEW: CellView = { kind: "suppressed", reason: "few" };

/** The primary rule alone, without what is withheld. */
function primary(sector: Sector, withheld: Withheld): Publication {
  const showable = (p: Sector["periods"][number]) => p.showable && !withheld.periods.has(p.key);
  const pooled = new Map<string, { fromYear: number; toYear: number }>();
  for (const p of sector.periods)
    if (showable(p)) for (const y of p.years) pooled.set(cellKey(p.agencyId, y), { fromYear: p.period.fromYear, toYear: p.period.toYear });
  const cells = new Map<string, CellView>();
  for (const year of sector.years)
    for (const agencyId of sector.agencyIds) {
      const key = cellKey(agencyId, year);
      const row = sector.rows.get(key);
      const period = pooled.get(key);
      cells.set(key, !row ? { kind: "notReported" } : period ? { kind: "pooled", period } : row.total < MIN_COUNT ? FEW : { kind: "shown", total: row.total, target: row.target });
    }
  const totals = new Map<number, TotalView>(
    sector.years.map((year) => {
      if (withheld.totals.has(year)) return [year, { kind: "suppressed" }];
      const rows = sector.rowsByYear.get(year) ?? [];
      const view = {
        kind: "shown" as const,
        total: rows.reduce((s, r) => s + r.total, 0),
        target: rows.reduce((s, r) => s + r.target, 0),
        reported: rows.length,
        agencies: sector.agencyIds.length,
      };
      return [year, view];
    }),
  );
  const periods = new Map(sector.periods.map((p) => [p.key, showable(p) ? { kind: "shown" as const, total: p.total, target: p.target } : { kind: "suppressed" as const }]));
  return { cells, sector: totals, periods };
}

/**
 * The first few candidates (smallest first) whose hiding makes `passes` true: one alone if any,
 * else a pair of the smallest PAIR_CANDIDATES.
 */
function chooseSecondaries(candidates: readonly Fact[], passes: (extra: Fact[]) => boolean): Fact[] | null {
  for (const c of candidates) if (passes([c])) return [c];
  const few = candidates.slice(0, PAIR_CANDIDATES);
  for (let i = 0; i < few.length; i++) for (let j = i + 1; j < few.length; j++) if (passes([few[i]!, few[j]!])) return [few[i]!, few[j]!];
  return null;
}

const attackerPasses = (m: YearModel, insider: Insider | null, extra: Fact[]) => rangesPass(openRanges(openYear(m, extra), insider));

/** Hide a shown cell for another's sake, in the publication and in what the attacker knows. */
function hide(publication: Publication, f: Fact) {
  publication.cells.set(f.key, SECONDARY);
  f.bound = "large";
}

/**
 * The year's cells outside period equations: hide the smallest shown cells that make the first
 * failing attacker pass, attacker by attacker, or hide the sector's counts for the year when no one
 * or two cells can (and show again what this pass hid for the year's sake: without its sector
 * counts, nothing ties the year's cells together).
 */
function repairYear(k: Knowledge, publication: Publication, year: number, equationCells: Set<string>) {
  const m = yearModel(k, year, equationCells);
  if (!m) return;
  const added: Fact[] = [];
  for (;;) {
    const attackers: (Insider | null)[] = [null, ...insidersOf(m, added)];
    const failing = attackers.find((a) => !attackerPasses(m, a, added));
    if (failing === undefined) break;
    const candidates = m.candidates.filter((c) => !added.includes(c));
    const pick = chooseSecondaries(candidates, (extra) => attackerPasses(m, failing, [...added, ...extra]));
    if (!pick) {
      added.length = 0;
      publication.sector.set(year, { kind: "suppressed" });
      k.totals.delete(year);
      break;
    }
    added.push(...pick);
  }
  for (const c of added) hide(publication, c);
}

/** Whether the year lets its linked cells move by YEAR_SLACK each way their own bounds allow, against every insider. */
function yearSlackPasses(m: YearModel, extra: Fact[]): boolean {
  const b = linkedBounds(m, true, extra);
  const sum = (count: (f: Fact) => number) => m.linked.reduce((s, f) => s + count(f), 0);
  const room = (count: (f: Fact) => number) => m.linked.reduce((s, f) => s + (f.bound === "few" ? MIN_COUNT - 1 - count(f) : Infinity), 0);
  const t = sum((f) => f.total);
  const g = sum((f) => f.target);
  const h = sum(nonTarget);
  const down = m.linked.reduce((s, f) => s + f.total - (f.bound === "large" ? MIN_COUNT : 0), 0);
  return (
    b.tHi - t >= Math.min(YEAR_SLACK, room((f) => f.total)) &&
    t - b.tLo >= Math.min(YEAR_SLACK, down) &&
    b.gHi - g >= Math.min(YEAR_SLACK, room((f) => f.target)) &&
    b.hHi - h >= Math.min(YEAR_SLACK, room(nonTarget))
  );
}

interface LinkedFailure {
  id: string;
  quantity: LinkedQuantity;
}

/** The failing linked counts of one component: some attacker narrows them to fewer than MIN_POSSIBLE_VALUES. */
function* componentFailures(c: Component, skip: ReadonlySet<string>): Generator<LinkedFailure> {
  const agencies = [...new Set(c.cells.map((cell) => cell.agencyId))].sort(byCodePoint);
  for (const attacker of [null, ...agencies])
    for (const q of c.quantities) {
      if (q.agencyId === attacker) continue;
      for (const count of COUNTS) {
        const id = `${attacker ?? ""}|${q.id}|${count}`;
        if (skip.has(id)) continue;
        const r = quantityRange(c, q, count, attacker);
        if (r.max - r.min + 1 < MIN_POSSIBLE_VALUES) yield { id, quantity: q };
      }
    }
}

/**
 * Only the agencies with a pooled period, nothing shown but the given periods: what an attacker
 * then knows is the period equations alone (with no sector counts shown, no other agency matters).
 */
function periodsAlone(sector: Sector, shown: ReadonlySet<string>): Knowledge {
  const agencies = new Set(sector.periods.map((p) => p.agencyId));
  const rows = new Map([...sector.rows].filter(([, r]) => agencies.has(r.agencyId)));
  const rowsByYear = new Map(sector.years.map((y) => [y, (sector.rowsByYear.get(y) ?? []).filter((r) => agencies.has(r.agencyId))]));
  const alone: Sector = { ...sector, agencyIds: sector.agencyIds.filter((a) => agencies.has(a)), rows, rowsByYear };
  const pooled = new Map<string, CellView>();
  for (const p of sector.periods)
    if (shown.has(p.key)) for (const y of p.years) pooled.set(cellKey(p.agencyId, y), { kind: "pooled", period: { fromYear: p.period.fromYear, toYear: p.period.toYear } });
  const publication: Publication = {
    cells: new Map([...rows.values()].map((r) => [r.key, pooled.get(r.key) ?? (r.total < MIN_COUNT ? FEW : SECONDARY)])),
    sector: new Map(sector.years.map((y) => [y, { kind: "suppressed" }])),
    periods: new Map(sector.periods.map((p) => [p.key, shown.has(p.key) ? { kind: "shown", total: p.total, target: p.target } : { kind: "suppressed" }])),
  };
  return knowledgeOf(alone, null, publication);
}

/**
 * What withdrawn periods alone already give away: the failures that remain when nothing at all is
 * shown. No publication can help them, so the engine hides nothing for their sake.
 */
function givenAway(sector: Sector): Set<string> {
  const ids = new Set<string>();
  if (!sector.periods.some((p) => p.withdrawn)) return ids;
  for (const c of linkedComponents(periodsAlone(sector, new Set()), true)) for (const f of componentFailures(c, ids)) ids.add(f.id);
  return ids;
}

/** The pooled periods that give a year away on their own (with nothing else shown): never shown. */
function unshowable(sector: Sector, givenAway: ReadonlySet<string>): Set<string> {
  const showable = new Set(sector.periods.filter((p) => p.showable).map((p) => p.key));
  const out = new Set<string>();
  if (showable.size === 0) return out;
  const k = periodsAlone(sector, showable);
  for (const c of linkedComponents(k, true)) {
    const failure = componentFailures(c, givenAway).next().value;
    if (!failure) continue;
    for (const key of failure.quantity.cells)
      for (const e of k.equationsOf.get(key) ?? []) if (showable.has(e.period.key)) out.add(e.period.key);
  }
  return out;
}

/** What a run leaves out from the start: pooled periods not shown, and years whose sector counts are not. */
interface Withheld {
  periods: Set<string>;
  totals: Set<number>;
}

type LinkedStep = { kind: "hidden"; rebuild: boolean } | { kind: "period"; key: string } | { kind: "total"; year: number };

/**
 * One step against a failing linked count, in this order: give each of its years room (hide one or
 * two of the year's smallest shown cells, or else the year's sector counts); do not show its pooled
 * period; hide the shown years of a withdrawn period it is in; hide the sector counts of its years;
 * do not show another pooled period of its component. Null when nothing is left to do.
 */
function repairLinked(k: Knowledge, publication: Publication, failure: LinkedFailure): LinkedStep | null {
  const equationCells = inEquation(k);
  const q = failure.quantity;
  for (const year of q.years) {
    const m = yearModel(k, year, equationCells);
    if (!m || m.linked.length === 0 || yearSlackPasses(m, [])) continue;
    const pick = chooseSecondaries(m.candidates, (extra) => yearSlackPasses(m, extra));
    if (!pick) return { kind: "total", year };
    for (const c of pick) hide(publication, c);
    return { kind: "hidden", rebuild: false };
  }
  const equations = q.cells.flatMap((key) => k.equationsOf.get(key) ?? []);
  const shownPeriod = equations.find((e) => !e.period.withdrawn && publication.periods.get(e.period.key)?.kind === "shown");
  if (shownPeriod) return { kind: "period", key: shownPeriod.period.key };
  const withdrawnShown = equations
    .filter((e) => e.period.withdrawn)
    .flatMap((e) => e.cells)
    .filter((f) => f.visible && f.bound === "known" && f.agencyId !== k.viewer)
    .sort((a, b) => a.total - b.total || a.year - b.year);
  if (withdrawnShown[0]) {
    // The cell joins its period's equation: what the attacker knows is worked out again.
    publication.cells.set(withdrawnShown[0].key, SECONDARY);
    return { kind: "hidden", rebuild: true };
  }
  const year = q.years.find((y) => publication.sector.get(y)?.kind === "shown");
  if (year !== undefined) return { kind: "total", year };
  const other = k.sector.periods.find((p) => publication.periods.get(p.key)?.kind === "shown" && p.years.some((y) => q.years.includes(y)));
  if (other) return { kind: "period", key: other.key };
  return null;
}

/**
 * The publication every viewer's is made from: it withstands the public and each agency's own
 * people. Hiding a cell is a step within a run; leaving out a pooled period or a year's sector
 * counts starts the run again without them, so that nothing stays hidden for a figure no longer
 * shown. Each pass takes one step in every failing component (components share no constraint).
 */
export function basePublication(sector: Sector): Publication {
  const hopeless = givenAway(sector);
  const withheld: Withheld = { periods: unshowable(sector, hopeless), totals: new Set() };
  run: for (;;) {
    const publication = primary(sector, withheld);
    let k = knowledgeOf(sector, null, publication);
    for (;;) {
      const equationCells = inEquation(k);
      for (const year of sector.years) repairYear(k, publication, year, equationCells);
      let stepped = false;
      let rebuild = false;
      let restart = false;
      for (const c of linkedComponents(k, true))
        for (const failure of componentFailures(c, hopeless)) {
          const step = repairLinked(k, publication, failure);
          if (!step) {
            hopeless.add(failure.id);
            continue;
          }
          stepped = true;
          if (step.kind === "hidden") rebuild ||= step.rebuild;
          else {
            restart = true;
            if (step.kind === "period") withheld.periods.add(step.key);
            else withheld.totals.add(step.year);
          }
          break;
        }
      if (restart) continue run;
      if (!stepped) return publication;
      if (rebuild) k = knowledgeOf(sector, null, publication);
    }
  }
}

/** What one agency's own people see: the base publication, with their own agency's figures as they are. */
export function withOwnFigures(sector: Sector, publication: Publication, ownAgencyId: string | null): Publication {
  if (ownAgencyId === null || !sector.agencyIds.includes(ownAgencyId)) return publication;
  const cells = new Map(publication.cells);
  for (const year of sector.years) {
    const row = sector.rows.get(cellKey(ownAgencyId, year));
    if (row) cells.set(row.key, { kind: "shown", total: row.total, target: row.target });
  }
  return { cells, sector: publication.sector, periods: publication.periods };
}
