import { describe, expect, it } from "vitest";
import { figuresByYear, type PoolingPeriod } from "@/lib/domain/shares";
import { secondaryId, sectorYear, visibleFigures, yearStatsOf, type AgencyYearRow } from "@/lib/domain/year-stats";

// A small deterministic random generator, so a failure can be replayed.
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function sector(seed: number): { rows: AgencyYearRow[]; periods: PoolingPeriod[] } {
  const next = random(seed);
  const agencies = Array.from({ length: 2 + Math.floor(next() * 8) }, (_, i) => ({ id: `a${i}`, name: `Virksomhet ${String.fromCharCode(65 + i)}` }));
  const rows: AgencyYearRow[] = [];
  for (const a of agencies)
    for (const year of [2018, 2019, 2020]) {
      if (next() < 0.15) continue;
      const permanentTotal = Math.floor(next() * (next() < 0.4 ? 5 : 40));
      const temporaryTotal = Math.floor(next() * 3);
      rows.push({
        agencyId: a.id,
        name: a.name,
        year,
        permanentTotal,
        permanentTarget: Math.floor(next() * (permanentTotal + 1) * 0.2),
        temporaryTotal,
        temporaryTarget: 0,
        traineeTotal: next() < 0.2 ? 1 : 0,
      });
    }
  const periods: PoolingPeriod[] = next() < 0.5 ? [{ agencyId: "a1", fromYear: 2018, toYear: 2020 }] : [];
  return { rows, periods };
}

describe("the dashboard's year statistics give the same figures as the row-by-row rules", () => {
  it("for 200 random sectors, seen from the ministry and from two agencies", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { rows, periods } = sector(seed);
      for (const own of [null, "a0", "a1"]) {
        const reference = figuresByYear(rows, own, periods);
        const stats = yearStatsOf(rows, periods, own);
        const fromStats = visibleFigures(rows, stats, periods, own);
        for (const r of rows) expect(fromStats.get(r.agencyId)?.get(r.year), `seed ${seed}, viewer ${own}`).toEqual(reference.get(r.year)?.get(r.agencyId));
      }
    }
  });
});

/** One agency-year with `total` permanent hires, `target` of them in the target group. */
const row = (agencyId: string, year: number, total: number, target = 0): AgencyYearRow => ({
  agencyId,
  name: agencyId,
  year,
  permanentTotal: total,
  permanentTarget: target,
  temporaryTotal: 0,
  temporaryTarget: 0,
});

describe("pooling several years for a small agency", () => {
  const rows = [row("liten", 2019, 2, 1), row("liten", 2020, 3, 0), row("stor", 2019, 40, 2), row("stor", 2020, 50, 3), row("middels", 2019, 10), row("middels", 2020, 12)];
  const periods = [{ agencyId: "liten", fromYear: 2019, toYear: 2020 }];

  it("shows the pooled share for every year of the period and says which years", () => {
    const f = figuresByYear(rows, null, periods);
    const pooled = { kind: "pooled", fromYear: 2019, toYear: 2020, total: 5, target: 1, share: 0.2 };
    expect(f.get(2019)?.get("liten")).toEqual(pooled);
    expect(f.get(2020)?.get("liten")).toEqual(pooled);
  });

  it("hides the next smallest agency, so a single pooled year cannot be worked out from the sector total", () => {
    const f = figuresByYear(rows, null, periods);
    expect(f.get(2019)?.get("middels")).toEqual({ kind: "suppressed", reason: "secondary" });
    expect(f.get(2019)?.get("stor")?.kind).toBe("shown");
  });

  it("shows nothing while the pooled period still has fewer than 5 hires", () => {
    const f = figuresByYear([row("liten", 2019, 1, 1), row("liten", 2020, 2), row("stor", 2019, 40)], null, periods);
    expect(f.get(2020)?.get("liten")).toEqual({ kind: "suppressed", reason: "few" });
  });

  it("shows the agency its own years as they are", () => {
    const f = figuresByYear(rows, "liten", periods);
    expect(f.get(2019)?.get("liten")).toEqual({ kind: "shown", total: 2, target: 1, share: 0.5 });
  });

  it("counts a pooled agency as reaching the goal with its pooled share", () => {
    const stats = yearStatsOf(rows, periods, null);
    // liten 20 % pooled, stor 5 % and 6 %, middels 0 %.
    expect(stats.map((s) => s.reaching)).toEqual([2, 2]);
    expect(secondaryId(stats[0]!)).toBe("middels");
  });
});

describe("the sector's counts never give a hidden agency away", () => {
  const year = (rows: AgencyYearRow[], periods: PoolingPeriod[], own: string | null, y: number) =>
    sectorYear(yearStatsOf(rows, periods, own).find((s) => s.year === y)!, own !== null);

  it("hides them when the one hidden agency cannot be covered by another", () => {
    // Early in a year only the pooled agency has reported: the sector total is its single year.
    const rows = [row("a", 2021, 1), row("a", 2022, 6), row("b", 2021, 10)];
    const periods = [{ agencyId: "a", fromYear: 2021, toYear: 2022 }];
    expect(year(rows, periods, null, 2022)).toMatchObject({ showable: false, total: 0 });
  });

  it("does not let a pooled year without hires stand in for a second hidden agency", () => {
    const rows = [row("a", 2020, 5), row("a", 2021, 1), row("d", 2020, 0), row("d", 2021, 4), row("b", 2020, 20), row("c", 2020, 30)];
    const periods = [
      { agencyId: "a", fromYear: 2020, toYear: 2021 },
      { agencyId: "d", fromYear: 2020, toYear: 2021 },
    ];
    const figures = figuresByYear(rows, null, periods);
    expect(figures.get(2020)?.get("b")).toEqual({ kind: "suppressed", reason: "secondary" });
    const stats = yearStatsOf(rows, periods, null).find((s) => s.year === 2020)!;
    expect(secondaryId(stats)).toBe("b");
  });

  it("hides them when every hidden hire is in the target group", () => {
    const rows = [row("a", 2020, 3, 3), row("e", 2020, 2, 2), row("b", 2020, 20, 1), row("c", 2020, 30, 0)];
    expect(year(rows, [], null, 2020)).toMatchObject({ showable: false });
    const some = [row("a", 2020, 3, 1), row("e", 2020, 2, 0), row("b", 2020, 20, 1), row("c", 2020, 30, 0)];
    expect(year(some, [], null, 2020)).toMatchObject({ showable: true, total: 55, target: 2 });
  });

  it("hides them from an agency when the only other agency with hires is hidden", () => {
    const rows = [row("own", 2021, 40), row("a", 2021, 1), row("a", 2022, 6), row("own", 2022, 40)];
    const periods = [{ agencyId: "a", fromYear: 2021, toYear: 2022 }];
    expect(year(rows, periods, "own", 2022)).toMatchObject({ showable: false });
    expect(year([row("own", 2022, 40), row("b", 2022, 12), row("c", 2022, 9)], [], "own", 2022)).toMatchObject({ showable: true, total: 61 });
  });

  it("leaves the agency hidden for a small one's sake out of the goal count", () => {
    // b (1 of 12, 8,3 %) is hidden for a's sake: that it reached the goal is not told.
    const rows = [row("a", 2020, 3), row("b", 2020, 12, 1), row("c", 2020, 40, 0)];
    expect(year(rows, [], null, 2020).agenciesReachingGoal).toBe(0);
  });

  it("counts every agency that reached the goal for those who see exact counts (the ministry, the audit office)", () => {
    // As tried by a new user: Kartverket 3 of 50 (6,0 %) and DiBK 3 hires. The leader's dashboard said "0 av 2".
    const rows = [row("kartverket", 2023, 50, 3), row("dibk", 2023, 3, 0)];
    const stats = yearStatsOf(rows, [], null).find((s) => s.year === 2023)!;
    expect(sectorYear(stats, false, true)).toMatchObject({ agenciesReachingGoal: 1, agenciesReporting: 2 });
  });
});
