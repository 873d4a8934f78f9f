/**
 * The disclosure control engine's vocabulary (issue 11; docs/decisions/015-disclosure-control.md).
 * Pure data: no texts. Callers map reasons to words.
 */

/** An agency-year with fewer new hires than this is protected (0 included). */
export const MIN_COUNT = 5;
/** Each protected count must keep at least this many possible values for the viewer. */
export const MIN_POSSIBLE_VALUES = 3;

export interface AgencyYear {
  agencyId: string;
  year: number;
  /** All new hires that count (permanent + temporary + trainees). */
  total: number;
  /** Of whom in the target group (trainees all count). */
  target: number;
}

export interface PooledPeriod {
  agencyId: string;
  fromYear: number;
  toYear: number;
  /** Approved and in force: its sum may be shown. */
  published: boolean;
  /**
   * Published once, then withdrawn. Its sum was seen and stays known to everybody, so it stays a
   * constraint of the attacker's forever; it is never shown again. A period that is neither
   * published nor withdrawn (a request) is ignored.
   */
  withdrawn: boolean;
}

export interface SectorInput {
  sectorId: string;
  /** The years this viewer may see at all (for the public: the years the ministry published). */
  years: number[];
  /** Every agency of the sector (an agency with no row for a year has not reported it; that is visible). */
  agencyIds: string[];
  /** One row per agency and year at most; rows of years not in `years` only matter through pooled periods. */
  reports: AgencyYear[];
  periods: PooledPeriod[];
}

/** What the viewer already knows exactly: its own agency's figures (an agency's own people). */
export interface Viewer {
  ownAgencyId: string | null;
}

export type SuppressionReason = "few" | "secondary";

export type CellView =
  | { kind: "notReported" }
  /** The share is computed by the caller. */
  | { kind: "shown"; total: number; target: number }
  /** "few": under MIN_COUNT; "secondary": hidden so that another count cannot be worked out. */
  | { kind: "suppressed"; reason: SuppressionReason }
  /** The year is shown only as part of its pooled period (see `Publication.periods`). */
  | { kind: "pooled"; period: { fromYear: number; toYear: number } };

export type TotalView =
  | { kind: "shown"; total: number; target: number; reported: number; agencies: number }
  | { kind: "suppressed" };

export type PeriodView = { kind: "shown"; total: number; target: number } | { kind: "suppressed" };

export interface Publication {
  /** Keyed by `cellKey(agencyId, year)`, for every agency of the sector and every visible year. */
  cells: Map<string, CellView>;
  /** Keyed by year, for every visible year. */
  sector: Map<number, TotalView>;
  /** Keyed by `periodKey(period)`, for every published period (withdrawn ones included, never shown). */
  periods: Map<string, PeriodView>;
}

/** The three counts of an agency-year or period that are protected when it has fewer than MIN_COUNT hires. */
export type CountName = "total" | "target" | "nonTarget";

export type Subject =
  | { kind: "cell"; agencyId: string; year: number }
  | { kind: "period"; agencyId: string; fromYear: number; toYear: number };

/** What a viewer can work out of one protected count: every value from `min` to `max` is possible. */
export interface RangeReport {
  subject: Subject;
  count: CountName;
  /** The true value. */
  value: number;
  min: number;
  /** `Infinity` when nothing bounds it (a period with years the viewer cannot see). */
  max: number;
}

export function cellKey(agencyId: string, year: number): string {
  return `${agencyId}:${year}`;
}

export function periodKey(period: { agencyId: string; fromYear: number; toYear: number }): string {
  return `${period.agencyId}:${period.fromYear}-${period.toYear}`;
}

/** How many values a viewer cannot tell apart for one protected count. */
export function possibleValues(range: { min: number; max: number }): number {
  return range.max - range.min + 1;
}
