/**
 * The published figures (issue 11 part E, docs/decisions/016-public-figures.md): what the public
 * page /offentlig and its open data show of one sector. Built from the sector's one publication
 * for outside viewers (lib/domain/disclosure), restricted to the years the ministry has closed.
 * Pure: no I/O and no texts (the words are in lib/i18n/nb.ts).
 */
import { cellKey, periodKey, type Publication } from "@/lib/domain/disclosure";
import { shareTenths } from "@/lib/domain/format";
import type { AgencyFigure } from "@/lib/domain/shares";
import { FIRST_REPORTING_YEAR, goalPercentFor, isPreliminary, stateReference, type StateReference } from "@/lib/domain/reporting-years";
import { publishedSectorYear, existedIn, type SectorAgency, type SectorYear } from "@/lib/domain/year-stats";

/**
 * One agency-year as published. "suppressed" carries no reason on purpose: telling "fewer than 5"
 * from "hidden for another's sake" would give numbers away.
 */
export type PublicFigure =
  | { kind: "shown"; total: number; target: number }
  /** The year is shown only as its pooled period's sum (the same figure for every year of it). */
  | { kind: "pooled"; fromYear: number; toYear: number; total: number; target: number }
  | { kind: "suppressed" }
  | { kind: "notReported" };

export interface PublicAgency extends SectorAgency {
  name: string;
  orgNumber: string;
}

export interface PublicAgencyYear {
  agencyId: string;
  name: string;
  orgNumber: string;
  figure: PublicFigure;
}

export interface PublicSectorYear {
  year: number;
  goalPercent: number;
  /** The sector's sums as published (`showable` false: hidden), with "n av m har rapportert". */
  sector: SectorYear;
  /** The whole state's figures as DFØ published them (data, never summed from the app's sectors). */
  state: StateReference | null;
  /** Every agency that existed in the year, by name. */
  agencies: PublicAgencyYear[];
}

export interface PublicSector {
  id: string;
  name: string;
  orgNumber: string;
  /** Published (closed) years, oldest first; empty when the ministry has published nothing. */
  years: PublicSectorYear[];
}

export interface PublicSectorInput {
  ministry: { id: string; name: string; orgNumber: string };
  agencies: readonly PublicAgency[];
  publication: Publication;
  agenciesByYear: ReadonlyMap<number, number>;
  publishedYears: readonly number[];
  /** The calendar year now (Norway): its figures are preliminary and never published, closed or not (nor a year before the first reporting year). */
  currentYear: number;
}

function figureOf(publication: Publication, agencyId: string, year: number, published: ReadonlySet<number>): PublicFigure {
  const cell = publication.cells.get(cellKey(agencyId, year));
  if (!cell || cell.kind === "notReported") return { kind: "notReported" };
  if (cell.kind === "shown") return { kind: "shown", total: cell.total, target: cell.target };
  if (cell.kind === "suppressed") return { kind: "suppressed" };
  const { fromYear, toYear } = cell.period;
  const period = publication.periods.get(periodKey({ agencyId, fromYear, toYear }));
  // A period with a year not yet published would show figures of that year: hidden until it is.
  for (let y = fromYear; y <= toYear; y++) if (!published.has(y)) return { kind: "suppressed" };
  if (!period || period.kind !== "shown") return { kind: "suppressed" };
  return { kind: "pooled", fromYear, toYear, total: period.total, target: period.target };
}

/** The sector as published: only the years the ministry has closed, every agency-year as the publication shows it. */
export function publicSector(input: PublicSectorInput): PublicSector {
  const { ministry, publication, agenciesByYear } = input;
  // A year before the first reporting year has no rules to count it by (the drive began in 2018).
  const published = new Set(input.publishedYears.filter((y) => y >= FIRST_REPORTING_YEAR && !isPreliminary(y, input.currentYear)));
  const agencies = [...input.agencies].sort((a, b) => a.name.localeCompare(b.name, "nb") || a.id.localeCompare(b.id));
  const years = [...published]
    // A closed year nobody reported is not in the publication: nothing to show.
    .filter((year) => publication.sector.has(year))
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      goalPercent: goalPercentFor(year),
      sector: publishedSectorYear(year, publication, agenciesByYear.get(year) ?? 0),
      state: stateReference(year),
      agencies: agencies
        .filter((a) => existedIn(a, year))
        .map((a) => ({ agencyId: a.id, name: a.name, orgNumber: a.orgNumber, figure: figureOf(publication, a.id, year, published) })),
    }));
  return { id: ministry.id, name: ministry.name, orgNumber: ministry.orgNumber, years };
}

/** Why a count is empty in the open data. */
export type EmptyReason = "suppressed" | "notReported" | "sectorSuppressed";

/**
 * One row of the open data (/offentlig/tall.csv and .json): an agency-year, or a sector-year. The
 * share is in tenths of a percent as the page shows it (`shareTenths`: never rounded up to the goal).
 */
export interface OpenDataRow {
  level: "agency" | "sector";
  sectorOrgNumber: string;
  sectorName: string;
  /** The agency's (or for a sector row the ministry's) organisation number and name. */
  orgNumber: string;
  name: string;
  year: number;
  total: number | null;
  target: number | null;
  shareTenths: number | null;
  /** A pooled agency-year: the period whose sum the counts are. */
  pooled: { fromYear: number; toYear: number } | null;
  /** Why the counts are empty, or null. */
  empty: EmptyReason | null;
  /** Sector rows: how many agencies reported the year, of how many that existed. */
  reported: number | null;
  agencies: number | null;
  goalPercent: number;
  /** Sector rows: the whole state's share that year, in tenths of a percent (DFØ), where known. */
  stateShareTenths: number | null;
}

/** The open data of some sectors: per sector and year, one row per agency, then the sector's row. Exactly what the page shows. */
export function openDataRows(sectors: readonly PublicSector[], years?: ReadonlySet<number>): OpenDataRow[] {
  const rows: OpenDataRow[] = [];
  for (const s of sectors) {
    const sector = { sectorOrgNumber: s.orgNumber, sectorName: s.name };
    for (const y of s.years) {
      if (years && !years.has(y.year)) continue;
      const common = { ...sector, year: y.year, goalPercent: y.goalPercent };
      for (const a of y.agencies) {
        const f = a.figure;
        const counted = f.kind === "shown" || f.kind === "pooled";
        rows.push({
          ...common,
          level: "agency",
          orgNumber: a.orgNumber,
          name: a.name,
          total: counted ? f.total : null,
          target: counted ? f.target : null,
          shareTenths: counted ? shareTenths(f.target, f.total, y.goalPercent) : null,
          pooled: f.kind === "pooled" ? { fromYear: f.fromYear, toYear: f.toYear } : null,
          empty: counted ? null : f.kind,
          reported: null,
          agencies: null,
          stateShareTenths: null,
        });
      }
      const shown = y.sector.showable;
      rows.push({
        ...common,
        level: "sector",
        orgNumber: s.orgNumber,
        name: s.name,
        total: shown ? y.sector.total : null,
        target: shown ? y.sector.target : null,
        shareTenths: shown ? shareTenths(y.sector.target, y.sector.total, y.goalPercent) : null,
        pooled: null,
        empty: shown ? null : "sectorSuppressed",
        reported: y.sector.reported,
        agencies: y.sector.agencies,
        stateShareTenths: y.state?.sharePermille ?? null,
      });
    }
  }
  return rows;
}

/** A published figure as the shared figure texts take it (lib/domain/figure-text.ts). */
export function figureView(f: PublicFigure): AgencyFigure | { kind: "suppressed" } {
  switch (f.kind) {
    case "notReported":
      return { kind: "none" };
    case "suppressed":
      return f;
    case "shown":
    case "pooled":
      return { ...f, share: f.total > 0 ? f.target / f.total : 0 };
  }
}
