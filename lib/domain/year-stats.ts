/**
 * A sector's figures per year, as two kinds of viewer see them (../shared/DOMAIN.md, "Who sees
 * what"): the governing ministry and the audit office see the exact sums (`exactSectorYear`, from
 * statistics the SQL computes for any number of agencies — `yearStatsOf` is the reference the tests
 * compare the SQL with); everyone else sees the sector's publication, made by disclosure control
 * (`publishedSectorYear`, lib/domain/disclosure).
 */
import type { CellView, Publication, TotalView } from "@/lib/domain/disclosure";
import { goalPercentFor } from "@/lib/domain/reporting-years";
import { reachesGoal, share, targetHires, totalHires, type HireCounts } from "@/lib/domain/shares";

/** One year of a sector (or of the sectors a viewer sees exactly), summed over every agency. */
export interface YearStats {
  year: number;
  total: number;
  target: number;
  /** Agencies with at least one new hire. */
  reporting: number;
  /** Agencies that have reported the year (a report with no hires too). */
  reported: number;
  /** The agencies that existed in the year (established by its end): all should report. */
  agencies: number;
  /** Agencies whose year reached the goal (target × 100 ≥ goal × total). */
  reaching: number;
}

/** A sector's year as a row of the dashboard. */
export interface SectorYear {
  year: number;
  /** False when disclosure control hides the sector's counts for the year. */
  showable: boolean;
  total: number;
  target: number;
  share: number | null;
  /** Of how many the goal count is counted: every reporting agency (exact), or those whose figure is shown. */
  agenciesCounted: number;
  agenciesReachingGoal: number;
  reported: number;
  agencies: number;
}

/** The exact sums, for the governing ministry and the audit office: every agency counts, small ones too. */
export function exactSectorYear(s: YearStats): SectorYear {
  return {
    year: s.year,
    showable: true,
    total: s.total,
    target: s.target,
    share: share(s.target, s.total),
    agenciesCounted: s.reporting,
    agenciesReachingGoal: s.reaching,
    reported: s.reported,
    agencies: s.agencies,
  };
}

/**
 * The sector's year as the publication shows it to everyone else. The goal count covers only the
 * agencies (and pooled periods) whose figures the publication shows, so it gives nothing hidden away.
 */
export function publishedSectorYear(year: number, publication: Publication, agencies: number): SectorYear {
  const total: TotalView = publication.sector.get(year) ?? { kind: "suppressed" };
  let counted = 0;
  let reaching = 0;
  for (const [key, cell] of publication.cells) {
    if (!key.endsWith(`:${year}`) || cell.kind !== "shown" || cell.total === 0) continue;
    counted += 1;
    if (reachesGoal(cell.target, cell.total, goalPercentFor(year))) reaching += 1;
  }
  for (const [key, period] of publication.periods) {
    const [from, to] = key.slice(key.lastIndexOf(":") + 1).split("-").map(Number);
    if (period.kind !== "shown" || from === undefined || to === undefined || year < from || year > to) continue;
    counted += 1;
    if (reachesGoal(period.target, period.total, goalPercentFor(year))) reaching += 1;
  }
  const reported = [...publication.cells].filter(([key, cell]: [string, CellView]) => key.endsWith(`:${year}`) && cell.kind !== "notReported").length;
  if (total.kind !== "shown") {
    return { year, showable: false, total: 0, target: 0, share: null, agenciesCounted: counted, agenciesReachingGoal: reaching, reported, agencies };
  }
  return {
    year,
    showable: true,
    total: total.total,
    target: total.target,
    share: share(total.target, total.total),
    agenciesCounted: counted,
    agenciesReachingGoal: reaching,
    reported: total.reported,
    agencies,
  };
}

export interface AgencyYearRow extends HireCounts {
  agencyId: string;
  name: string;
  year: number;
}

/** An agency of the sector, and when it came into being (null: before the first reporting year). */
export interface SectorAgency {
  id: string;
  establishedOn: Date | null;
}

/** Whether an agency existed in (some of) the year, so should report it. */
export function existedIn(agency: SectorAgency, year: number): boolean {
  return agency.establishedOn === null || agency.establishedOn.getUTCFullYear() <= year;
}

/** Reference implementation of the year statistics the SQL computes (rows of one sector). */
export function yearStatsOf(rows: readonly AgencyYearRow[], agencies: readonly SectorAgency[] = []): YearStats[] {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const ofYear = rows.filter((r) => r.year === year);
    const s: YearStats = { year, total: 0, target: 0, reporting: 0, reported: ofYear.length, agencies: agencies.filter((a) => existedIn(a, year)).length, reaching: 0 };
    for (const r of ofYear) {
      const total = totalHires(r);
      const target = targetHires(r);
      s.total += total;
      s.target += target;
      if (total > 0) s.reporting += 1;
      if (reachesGoal(target, total, goalPercentFor(year))) s.reaching += 1;
    }
    return s;
  });
}
