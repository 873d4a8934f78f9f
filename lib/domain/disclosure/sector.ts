/** The engine's input, checked and indexed once. */
import { cellKey, MIN_COUNT, periodKey, type PooledPeriod, type SectorInput } from "./types";

export interface Row {
  key: string;
  agencyId: string;
  year: number;
  total: number;
  target: number;
}

export interface SectorPeriod {
  key: string;
  period: PooledPeriod;
  agencyId: string;
  years: number[];
  /** The true sums over the agency's rows in the period's years. */
  total: number;
  target: number;
  withdrawn: boolean;
  /** Published, in force, all its years visible, at least MIN_COUNT hires, overlapping no other period: it may be shown. */
  showable: boolean;
}

export interface Sector {
  input: SectorInput;
  /** Visible years, ascending. */
  years: number[];
  visible: Set<number>;
  agencyIds: string[];
  rows: Map<string, Row>;
  /** Rows of visible years, by year, smallest first (then by agency id): the order secondary cells are tried in. */
  rowsByYear: Map<number, Row[]>;
  /** Published periods, withdrawn ones included (requests are left out). */
  periods: SectorPeriod[];
}

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

/** Throws on input no caller should pass (negative or fractional counts, target above total, duplicates). */
export function indexSector(input: SectorInput): Sector {
  const agencies = new Set(input.agencyIds);
  if (agencies.size !== input.agencyIds.length) throw new Error(`Sector ${input.sectorId}: an agency is listed twice`);
  const years = [...new Set(input.years)].sort((a, b) => a - b);
  const visible = new Set(years);
  const rows = new Map<string, Row>();
  const rowsByYear = new Map<number, Row[]>(years.map((y) => [y, []]));
  for (const r of input.reports) {
    const key = cellKey(r.agencyId, r.year);
    if (!agencies.has(r.agencyId)) throw new Error(`Sector ${input.sectorId}: a report of ${r.agencyId}, which is not in the sector`);
    if (!isCount(r.total) || !isCount(r.target) || r.target > r.total) throw new Error(`Sector ${input.sectorId}: bad counts for ${key}`);
    if (rows.has(key)) throw new Error(`Sector ${input.sectorId}: two reports for ${key}`);
    const row = { key, agencyId: r.agencyId, year: r.year, total: r.total, target: r.target };
    rows.set(key, row);
    rowsByYear.get(r.year)?.push(row);
  }
  for (const list of rowsByYear.values()) list.sort((a, b) => a.total - b.total || byCodePoint(a.agencyId, b.agencyId));
  const periods: SectorPeriod[] = [];
  const taken = new Map<string, Set<number>>();
  const known = input.periods.filter((p) => p.published || p.withdrawn);
  // Withdrawn periods first: they are constraints whatever else happens, so a period overlapping one is never shown.
  for (const p of [...known.filter((p) => p.withdrawn), ...known.filter((p) => !p.withdrawn)]) {
    if (!agencies.has(p.agencyId) || !Number.isInteger(p.fromYear) || !Number.isInteger(p.toYear) || p.fromYear > p.toYear)
      throw new Error(`Sector ${input.sectorId}: bad period ${periodKey(p)}`);
    const span: number[] = [];
    for (let y = p.fromYear; y <= p.toYear; y++) span.push(y);
    let total = 0;
    let target = 0;
    for (const y of span) {
      const row = rows.get(cellKey(p.agencyId, y));
      total += row?.total ?? 0;
      target += row?.target ?? 0;
    }
    const own = taken.get(p.agencyId) ?? new Set<number>();
    const overlaps = span.some((y) => own.has(y));
    for (const y of span) own.add(y);
    taken.set(p.agencyId, own);
    const showable = !p.withdrawn && !overlaps && span.every((y) => visible.has(y)) && total >= MIN_COUNT;
    periods.push({ key: periodKey(p), period: p, agencyId: p.agencyId, years: span, total, target, withdrawn: p.withdrawn, showable });
  }
  periods.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { input, years, visible, agencyIds: [...input.agencyIds], rows, rowsByYear, periods };
}

/** Code-point order, so that every choice the engine makes is the same on every machine. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
