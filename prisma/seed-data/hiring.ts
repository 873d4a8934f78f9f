// New hires per agency and year: aggregate counts only (permanent and temporary hires, and of
// those how many are in the target group, and trainees of the state trainee programme, all in the
// target group). Most agencies are under the 5 % goal; the sector is at about 2–3 %, like the
// state as a whole (2019 ≈ 2,2 %, 2020 ≈ 2,0 %). Distriktssenteret 2021 is DFØ's worked example:
// 18 permanent + 1 temporary, 2 in the target group → 10,5 %.
// HTU and Distriktssenteret have fewer than 5 hires in some years (no share shown).
// Digitaliseringsdirektoratet exists from 1 January 2020: it has no 2019 figures.

export interface HiringSeed {
  permanentTotal: number;
  permanentTarget: number;
  temporaryTotal: number;
  temporaryTarget: number;
  /** Trainees who started in the year: all in the target group, not among the temporary hires. */
  traineeTotal: number;
}

const h = (permanentTotal: number, permanentTarget: number, temporaryTotal: number, temporaryTarget: number, traineeTotal = 0): HiringSeed => ({
  permanentTotal,
  permanentTarget,
  temporaryTotal,
  temporaryTarget,
  traineeTotal,
});

export const HIRING_YEARS = [2019, 2020, 2021] as const;

/** Keyed by the agency's shortName, then year (a year the agency did not exist in is left out). */
export const HIRING: Record<string, Partial<Record<(typeof HIRING_YEARS)[number], HiringSeed>>> = {
  DSS: { 2019: h(48, 1, 14, 0), 2020: h(41, 0, 12, 0), 2021: h(52, 2, 18, 0) },
  Husbanken: { 2019: h(22, 1, 6, 0), 2020: h(19, 1, 5, 0), 2021: h(27, 1, 8, 0) },
  Valgdirektoratet: { 2019: h(6, 0, 2, 0), 2020: h(4, 0, 1, 0), 2021: h(5, 0, 7, 0) },
  Kartverket: { 2019: h(78, 2, 34, 1), 2020: h(64, 2, 29, 0), 2021: h(85, 3, 38, 1) },
  Statsbygg: { 2019: h(96, 3, 41, 0), 2020: h(88, 2, 37, 1), 2021: h(102, 4, 45, 1) },
  DiBK: { 2019: h(12, 0, 3, 0), 2020: h(10, 0, 3, 0), 2021: h(14, 0, 2, 0) },
  HTU: { 2019: h(3, 0, 1, 0), 2020: h(2, 0, 2, 0), 2021: h(5, 0, 1, 0) },
  Distriktssenteret: { 2019: h(4, 0, 0, 0), 2020: h(3, 0, 1, 0), 2021: h(18, 2, 1, 0) },
  Datatilsynet: { 2019: h(14, 0, 3, 0), 2020: h(12, 1, 4, 0), 2021: h(16, 1, 4, 0) },
  // 2021: one trainee of the state trainee programme (counted once, in the target group).
  Digdir: { 2020: h(110, 3, 31, 0), 2021: h(118, 3, 25, 1, 1) },
  STAF: { 2019: h(21, 1, 9, 0), 2020: h(26, 1, 11, 0), 2021: h(31, 1, 12, 0) },
};

/**
 * One figure that was revised after it was first reported (the audit trail keeps the first
 * figures): Kartverket first reported 2019 with one target-group hire fewer among the permanent.
 */
export const REVISED_2019_KARTVERKET = {
  agency: "Kartverket",
  year: 2019,
  first: h(78, 1, 34, 1),
  firstAt: new Date("2020-02-14T10:05:00Z"),
  revisedAt: new Date("2020-03-02T12:40:00Z"),
};

/** HTU had fewer than 5 new hires in 2019 and in 2020; KMD consented to pooling the two years (8 hires). */
export const POOLED_HTU = {
  agency: "HTU",
  fromYear: 2019,
  toYear: 2020,
  reason: "Færre enn 5 nytilsatte hvert av årene.",
  grantedAt: new Date("2021-02-20T09:00:00Z"),
};

/** When each year's figures were reported (for the annual report, early the next year). */
export const REPORTED_AT: Record<(typeof HIRING_YEARS)[number], Date> = {
  2019: new Date("2020-02-14T10:00:00Z"),
  2020: new Date("2021-02-12T10:00:00Z"),
  2021: new Date("2022-02-11T10:00:00Z"),
};

/**
 * The years KMD has closed: agencies can no longer change them, and they are published on the
 * public page (/offentlig). 2021 stays open. Closed in the spring after the annual reports.
 */
export const CLOSED_YEARS: readonly { year: (typeof HIRING_YEARS)[number]; closedAt: Date }[] = [
  { year: 2019, closedAt: new Date("2020-04-15T09:00:00Z") },
  { year: 2020, closedAt: new Date("2021-04-14T09:00:00Z") },
];
