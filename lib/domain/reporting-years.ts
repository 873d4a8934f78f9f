/**
 * The rules that change by reporting year, as data (../shared/DOMAIN.md, "Who counts"): the goal,
 * the definitions of the target group in force, what counts as a new hire, and the state-wide
 * figures for reference. One row per year; a later year than the table has keeps the latest
 * rules (and no state figures). Codes only: lib/i18n/reporting-years-nb.ts has the words.
 */

/** The inclusion drive's goal, in percent of new hires (the same every year so far). */
export const GOAL_PERCENT = 5;

/** *Nedsatt funksjonsevne*, as the reporting guide words it that year. */
export type DisabilityWording =
  /** Up to 2019: ticked the box in the application, or it came up in dialogue. */
  | "TICKED_OR_DIALOGUE"
  /** From 2020: has said they have a disability that needs adjustment at work. */
  | "NEEDS_ADJUSTMENT";

/**
 * *Hull i CV-en*. Stored on each report (HiringReport.cvGapDefinition), so these codes never change.
 * TWO_OF_FIVE_YEARS (from 1 January 2020) comes with its exclusion (a permanent job, or a
 * temporary one of more than a year, at the time) and its cause condition.
 */
export type CvGapDefinition = "TWO_CONSECUTIVE_YEARS" | "TWO_OF_FIVE_YEARS";

/** What counts as a new hire (a code for each kind the reporting guide names). */
export type HireKind =
  | "PERMANENT"
  /** Appointments made permanent under the three-year rule, and other administrative hires. */
  | "MADE_PERMANENT_OR_ADMINISTRATIVE"
  /** Ordinary temporary hires: counted from 1 April 2019. */
  | "TEMPORARY"
  | "TEMPORARY_FROM_APRIL_2019"
  | "APPRENTICES_IN_TARGET_GROUP"
  /** Trainees of the state trainee programme who started that year: once, all in the target group. */
  | "TRAINEES_STARTED";

/** What does not count as a new hire. */
export type NotCountedKind = "TEMPORARY" | "WORK_PRACTICE" | "TRANSFERS_BY_ORDER";

/** Whom the state trainee programme is for that year (the CV gap from 2020). */
export type TraineeProgrammeFor = "DISABILITY" | "DISABILITY_OR_CV_GAP";

/** The whole state's figures as DFØ published them. */
export interface StateReference {
  /** The share in tenths of a percent, as published with one decimal (22 = 2,2 %). */
  sharePermille: number;
  /** Target-group hires in the state; a range where DFØ revised it between releases. */
  targetHires: { min: number; max: number };
}

export interface ReportingYear {
  year: number;
  goalPercent: number;
  disability: DisabilityWording;
  cvGap: CvGapDefinition;
  traineeProgrammeFor: TraineeProgrammeFor;
  counted: readonly HireKind[];
  notCounted: readonly NotCountedKind[];
  state: StateReference | null;
}

const UNTIL_2019 = { disability: "TICKED_OR_DIALOGUE", cvGap: "TWO_CONSECUTIVE_YEARS", traineeProgrammeFor: "DISABILITY" } as const;
const FROM_2020 = { disability: "NEEDS_ADJUSTMENT", cvGap: "TWO_OF_FIVE_YEARS", traineeProgrammeFor: "DISABILITY_OR_CV_GAP" } as const;
const NEVER_COUNTED: readonly NotCountedKind[] = ["WORK_PRACTICE", "TRANSFERS_BY_ORDER"];
const ALL_KINDS: readonly HireKind[] = ["PERMANENT", "MADE_PERMANENT_OR_ADMINISTRATIVE", "TEMPORARY", "APPRENTICES_IN_TARGET_GROUP", "TRAINEES_STARTED"];

/** The reporting years, from the first (2018). */
export const REPORTING_YEARS: readonly ReportingYear[] = [
  {
    year: 2018,
    goalPercent: GOAL_PERCENT,
    ...UNTIL_2019,
    counted: ["PERMANENT", "MADE_PERMANENT_OR_ADMINISTRATIVE", "APPRENTICES_IN_TARGET_GROUP", "TRAINEES_STARTED"],
    notCounted: ["TEMPORARY", ...NEVER_COUNTED],
    state: null,
  },
  {
    year: 2019,
    goalPercent: GOAL_PERCENT,
    ...UNTIL_2019,
    counted: ["PERMANENT", "MADE_PERMANENT_OR_ADMINISTRATIVE", "TEMPORARY_FROM_APRIL_2019", "APPRENTICES_IN_TARGET_GROUP", "TRAINEES_STARTED"],
    notCounted: NEVER_COUNTED,
    state: { sharePermille: 22, targetHires: { min: 274, max: 279 } },
  },
  { year: 2020, goalPercent: GOAL_PERCENT, ...FROM_2020, counted: ALL_KINDS, notCounted: NEVER_COUNTED, state: { sharePermille: 20, targetHires: { min: 333, max: 333 } } },
  { year: 2021, goalPercent: GOAL_PERCENT, ...FROM_2020, counted: ALL_KINDS, notCounted: NEVER_COUNTED, state: null },
];

export const FIRST_REPORTING_YEAR = REPORTING_YEARS[0]!.year;

/** The rules of a reporting year: its own row, or for a later year the latest row's rules. */
export function reportingYear(year: number): ReportingYear {
  const exact = REPORTING_YEARS.find((r) => r.year === year);
  if (exact) return exact;
  const last = REPORTING_YEARS.at(-1)!;
  if (year > last.year) return { ...last, year, state: null };
  throw new RangeError(`No reporting rules for ${year} (the first reporting year is ${FIRST_REPORTING_YEAR})`);
}

/** The CV-gap definition a report for the year is counted by. */
export function cvGapDefinitionFor(year: number): CvGapDefinition {
  return reportingYear(year).cvGap;
}

export function goalPercentFor(year: number): number {
  return reportingYear(year).goalPercent;
}

export function stateReference(year: number): StateReference | null {
  return year < FIRST_REPORTING_YEAR ? null : reportingYear(year).state;
}

/** Whether two years are counted by the same rules (the pages show one definition for both). */
export function sameRules(a: number, b: number): boolean {
  const ra = reportingYear(a);
  const rb = reportingYear(b);
  return (
    ra.goalPercent === rb.goalPercent &&
    ra.disability === rb.disability &&
    ra.cvGap === rb.cvGap &&
    ra.traineeProgrammeFor === rb.traineeProgrammeFor &&
    ra.counted.join() === rb.counted.join() &&
    ra.notCounted.join() === rb.notCounted.join()
  );
}

/** Years grouped into runs of consecutive years with the same rules: [[2019], [2020, 2021]]. */
export function yearsByRules(years: readonly number[]): number[][] {
  const sorted = [...new Set(years)].filter((y) => y >= FIRST_REPORTING_YEAR).sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const y of sorted) {
    const last = groups.at(-1);
    if (last && last.at(-1) === y - 1 && sameRules(last[0]!, y)) last.push(y);
    else groups.push([y]);
  }
  return groups;
}

/**
 * Figures for the calendar year still running (in Norway) are preliminary: they can be reported,
 * and are marked so wherever they are shown.
 */
export function isPreliminary(year: number, currentYear: number): boolean {
  return year >= currentYear;
}

/** The year a dashboard opens on: the latest complete year with figures, never a preliminary one. */
export function defaultYear(years: readonly number[], currentYear: number): number | null {
  const complete = years.filter((y) => !isPreliminary(y, currentYear));
  return complete.length ? Math.max(...complete) : null;
}

/**
 * How many of the sector's agencies have reported a year, when not all have: the sector's share
 * is then over those only, and is shown with "2 av 11 har rapportert" beside it. Null when all have.
 */
export function partialReporting(reported: number, agencies: number): { reported: number; agencies: number } | null {
  return reported < agencies ? { reported, agencies } : null;
}
