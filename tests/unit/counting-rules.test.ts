// The counting rules as DFØ writes them (../shared/DOMAIN.md, "Who counts"): trainees once, the
// goal in whole numbers, a share never shown as the goal met when it is not, the definitions by
// year, preliminary years, and years not every agency has reported.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CountingRules } from "@/components/hiring/counting-rules";
import { partialReportingText, sectorShareText, stateShareText } from "@/lib/domain/figure-text";
import { formatShare, shareTenths, todayInNorway } from "@/lib/domain/format";
import {
  cvGapDefinitionFor,
  defaultYear,
  isPreliminary,
  partialReporting,
  REPORTING_YEARS,
  reportingYear,
  stateReference,
  yearsByRules,
} from "@/lib/domain/reporting-years";
import { reachesGoal, revisionCounts, splitOf, targetHires, totalHires } from "@/lib/domain/shares";
import { exactSectorYear, existedIn, yearStatsOf, type AgencyYearRow } from "@/lib/domain/year-stats";
import { reportingYearsNb } from "@/lib/i18n/reporting-years-nb";

const NBSP = "\u00a0";
const pct = (s: string) => `${s}${NBSP}%`;

describe("trainees of the state trainee programme", () => {
  const counts = { permanentTotal: 18, permanentTarget: 2, temporaryTotal: 1, temporaryTarget: 0, traineeTotal: 2 };

  it("are one number: counted once among all new hires, and every one of them in the target group", () => {
    expect(totalHires(counts)).toBe(21);
    expect(targetHires(counts)).toBe(4);
  });

  it("were counted in the history as they were then: an old revision's own target-group count of trainees", () => {
    expect(revisionCounts({ ...counts, traineeTarget: 1 })).toEqual({ total: 21, target: 3, trainees: 2 });
    expect(revisionCounts(counts)).toEqual({ total: 21, target: 4, trainees: 2 });
    expect(revisionCounts({ permanentTotal: 5, permanentTarget: 0, temporaryTotal: 0, temporaryTarget: 0 })).toEqual({ total: 5, target: 0, trainees: 0 });
    expect(revisionCounts(null)).toBeNull();
  });

  it("are never also temporary hires: the split keeps them apart", () => {
    expect(splitOf(counts)).toEqual({ permanent: { total: 18, target: 2 }, temporary: { total: 1, target: 0 }, trainees: 2 });
  });
});

describe("the goal: target × 100 ≥ 5 × total", () => {
  it("is reached at 5 % exactly and not a hair below, in whole numbers", () => {
    expect(reachesGoal(1, 20)).toBe(true);
    expect(reachesGoal(3, 60)).toBe(true);
    expect(reachesGoal(49, 1000)).toBe(false);
    expect(reachesGoal(4999, 100_000)).toBe(false);
    expect(reachesGoal(5000, 100_000)).toBe(true);
    expect(reachesGoal(0, 0)).toBe(false);
  });

  it("is the same goal every reporting year so far", () => {
    expect(new Set(REPORTING_YEARS.map((r) => r.goalPercent))).toEqual(new Set([5]));
  });
});

describe("a share as shown", () => {
  it("gives DFØ's worked example: 2 of 19 → 10,5 %", () => {
    expect(formatShare(2, 19)).toBe(pct("10,5"));
  });

  it("never reads as the goal met when it is not: 4,97 % is 4,9 %, 5 % exactly is 5,0 %", () => {
    expect(formatShare(497, 10_000)).toBe(pct("4,9"));
    expect(formatShare(4999, 100_000)).toBe(pct("4,9"));
    expect(formatShare(99, 1990)).toBe(pct("4,9")); // 4,9749 %
    expect(formatShare(1, 20)).toBe(pct("5,0"));
    expect(formatShare(5001, 100_000)).toBe(pct("5,0"));
    expect(formatShare(4949, 100_000)).toBe(pct("4,9"));
  });

  it("rounds half up everywhere else", () => {
    expect(formatShare(3, 43)).toBe(pct("7,0")); // 6,977 %
    expect(formatShare(1, 16)).toBe(pct("6,3")); // 6,25 %
    expect(formatShare(2, 3)).toBe(pct("66,7"));
    expect(formatShare(1, 2000)).toBe(pct("0,1")); // 0,05 %
    expect(formatShare(0, 12)).toBe(pct("0,0"));
    expect(formatShare(0, 0)).toBe("–");
  });

  it("reads as 5,0 % or more exactly when the goal is reached, for every count up to 400", () => {
    const wrong: string[] = [];
    for (let total = 1; total <= 400; total++)
      for (let target = 0; target <= total; target++) if (shareTenths(target, total)! >= 50 !== reachesGoal(target, total)) wrong.push(`${target}/${total}`);
    expect(wrong).toEqual([]);
  });
});

describe("the definitions by year", () => {
  it("use the older wording before 2020: two consecutive years out of work, the box ticked or dialogue", () => {
    for (const year of [2018, 2019]) {
      const r = reportingYear(year);
      expect(r.cvGap).toBe("TWO_CONSECUTIVE_YEARS");
      expect(r.disability).toBe("TICKED_OR_DIALOGUE");
      expect(r.traineeProgrammeFor).toBe("DISABILITY");
    }
    expect(reportingYearsNb.cvGap.TWO_CONSECUTIVE_YEARS).toContain("2 sammenhengende år");
    expect(reportingYearsNb.cvGapCause.TWO_CONSECUTIVE_YEARS).toBeNull();
  });

  it("use the 2020 CV-gap definition with its cause condition from 2020", () => {
    for (const year of [2020, 2021, 2030]) expect(cvGapDefinitionFor(year)).toBe("TWO_OF_FIVE_YEARS");
    expect(reportingYear(2020).disability).toBe("NEEDS_ADJUSTMENT");
    expect(reportingYearsNb.cvGap.TWO_OF_FIVE_YEARS).toContain("minst 2 av de siste 5 årene");
    expect(reportingYearsNb.cvGap.TWO_OF_FIVE_YEARS).toContain("midlertidig jobb i mer enn ett år");
    expect(reportingYearsNb.cvGapCause.TWO_OF_FIVE_YEARS).toMatch(/aktivt arbeidssøkende.*sykdom \(også psykisk sykdom\), rusavhengighet eller soning/);
  });

  it("count ordinary temporary hires from 1 April 2019, not in 2018", () => {
    expect(reportingYear(2018).counted).not.toContain("TEMPORARY");
    expect(reportingYear(2018).notCounted).toContain("TEMPORARY");
    expect(reportingYear(2019).counted).toContain("TEMPORARY_FROM_APRIL_2019");
    expect(reportingYear(2020).counted).toContain("TEMPORARY");
  });

  it("count the three-year rule and administrative hires, apprentices in the target group and trainees every year; never work practice or transfers by order", () => {
    for (const r of REPORTING_YEARS) {
      expect(r.counted).toEqual(expect.arrayContaining(["PERMANENT", "MADE_PERMANENT_OR_ADMINISTRATIVE", "APPRENTICES_IN_TARGET_GROUP", "TRAINEES_STARTED"]));
      expect(r.notCounted).toEqual(expect.arrayContaining(["WORK_PRACTICE", "TRANSFERS_BY_ORDER"]));
    }
  });

  it("keep the latest rules for a later year, and have none before the first reporting year", () => {
    expect(reportingYear(2031)).toMatchObject({ year: 2031, cvGap: "TWO_OF_FIVE_YEARS", state: null });
    expect(() => reportingYear(2017)).toThrow(RangeError);
    expect(stateReference(2017)).toBeNull();
  });

  it("carry the state's figures where DFØ published them", () => {
    expect(stateReference(2019)).toEqual({ sharePermille: 22, targetHires: { min: 274, max: 279 } });
    expect(stateShareText(2019)).toBe(pct("2,2"));
    expect(stateShareText(2020)).toBe(pct("2,0"));
    expect(stateShareText(2021)).toBe("Ikke kjent");
  });

  it("group the years shown into runs with the same rules", () => {
    expect(yearsByRules([2021, 2019, 2020, 2026])).toEqual([[2019], [2020, 2021], [2026]]);
    expect(yearsByRules([2018, 2019])).toEqual([[2018], [2019]]);
  });

  it("are shown by year as the page renders them", () => {
    const html = renderToStaticMarkup(createElement(CountingRules, { years: [2019, 2020, 2021], locale: "nb" }));
    expect(html).toContain("Slik telles det for 2019");
    expect(html).toContain("Slik telles det for 2020–2021");
    expect(html).toContain(reportingYearsNb.cvGapCause.TWO_OF_FIVE_YEARS);
    expect(html).toContain("Faste tilsettinger etter treårsregelen og andre administrative tilsettinger.");
    expect(html).toContain("Lærlinger i målgruppen.");
    expect(html).toContain("Ordinære midlertidige tilsettinger fra og med 1. april 2019.");
    expect(html).toContain("Beordringer.");
    expect(html).toContain("Arbeidspraksis");
  });
});

describe("preliminary figures", () => {
  it("are those of the calendar year still running in Norway", () => {
    const now = todayInNorway(new Date("2026-12-31T23:30:00Z")).getUTCFullYear();
    expect(now).toBe(2027);
    expect(isPreliminary(2027, now)).toBe(true);
    expect(isPreliminary(2026, now)).toBe(false);
  });

  it("never become the default year: that is the latest complete year", () => {
    expect(defaultYear([2019, 2020, 2021, 2026], 2026)).toBe(2021);
    expect(defaultYear([2019, 2025], 2026)).toBe(2025);
    expect(defaultYear([2026], 2026)).toBeNull();
    expect(defaultYear([], 2026)).toBeNull();
  });
});

describe("a year not every agency has reported", () => {
  const row = (agencyId: string, year: number, total: number, target: number): AgencyYearRow => ({
    agencyId,
    name: agencyId,
    year,
    permanentTotal: total,
    permanentTarget: target,
    temporaryTotal: 0,
    temporaryTarget: 0,
  });
  const agencies = Array.from({ length: 11 }, (_, i) => ({ id: `a${i}`, establishedOn: null as Date | null }));

  it("says so beside the sector's share: two agencies reporting 2023 → 5,7 % (2 av 11 har rapportert)", () => {
    const stats = yearStatsOf([row("a0", 2023, 50, 3), row("a1", 2023, 20, 1)], agencies);
    expect(stats[0]).toMatchObject({ reported: 2, agencies: 11 });
    expect(sectorShareText(exactSectorYear(stats[0]!))).toBe(`${pct("5,7")} (2 av 11 har rapportert)`);
    expect(partialReporting(2, 11)).toEqual({ reported: 2, agencies: 11 });
  });

  it("says nothing when every agency has reported, an agency with no hires too", () => {
    const rows = agencies.map((a, i) => row(a.id, 2021, i === 0 ? 0 : 10, 0));
    const stats = yearStatsOf(rows, agencies);
    expect(stats[0]).toMatchObject({ reported: 11, agencies: 11, reporting: 10 });
    expect(partialReportingText(stats[0]!)).toBeNull();
    expect(sectorShareText(exactSectorYear(stats[0]!))).toBe(pct("0,0"));
  });

  it("does not expect a year from an agency that did not exist then (Digitaliseringsdirektoratet from 2020)", () => {
    const digdir = { id: "digdir", establishedOn: new Date(Date.UTC(2020, 0, 1)) };
    expect(existedIn(digdir, 2019)).toBe(false);
    expect(existedIn(digdir, 2020)).toBe(true);
    const stats = yearStatsOf([row("a0", 2019, 10, 0), row("a0", 2020, 10, 0), row("digdir", 2020, 100, 3)], [agencies[0]!, digdir]);
    expect(stats.map((s) => [s.year, s.reported, s.agencies])).toEqual([
      [2019, 1, 1],
      [2020, 2, 2],
    ]);
  });
});

describe("preliminary figures in the meeting brief", () => {
  it("are marked in the line for their year", async () => {
    const { figureLine } = await import("@/lib/documents/meeting-brief-pdf");
    const shown = { kind: "shown", total: 20, target: 1, share: 0.05 } as const;
    expect(figureLine(2026, shown, true)).toBe(`2026 (foreløpig): 20 nytilsatte, 1 i målgruppen, andel ${pct("5,0")}`);
    expect(figureLine(2025, shown)).toMatch(/^2025: /);
  });
});
