import { describe, expect, it } from "vitest";
import { publish } from "@/lib/domain/disclosure";
import { reachesGoal, targetHires, totalHires } from "@/lib/domain/shares";
import { exactSectorYear, publishedSectorYear, yearStatsOf, type AgencyYearRow } from "@/lib/domain/year-stats";

// A small deterministic random generator, so a failure can be replayed.
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function sector(seed: number): AgencyYearRow[] {
  const next = random(seed);
  const agencies = Array.from({ length: 2 + Math.floor(next() * 8) }, (_, i) => ({ id: `a${i}`, name: `Virksomhet ${String.fromCharCode(65 + i)}` }));
  const rows: AgencyYearRow[] = [];
  for (const a of agencies)
    for (const year of [2018, 2019, 2020]) {
      if (next() < 0.15) continue;
      const permanentTotal = Math.floor(next() * (next() < 0.4 ? 5 : 40));
      rows.push({
        agencyId: a.id,
        name: a.name,
        year,
        permanentTotal,
        permanentTarget: Math.floor(next() * (permanentTotal + 1) * 0.2),
        temporaryTotal: Math.floor(next() * 3),
        temporaryTarget: 0,
        traineeTotal: next() < 0.2 ? 1 : 0,
      });
    }
  return rows;
}

const row = (agencyId: string, year: number, total: number, target = 0): AgencyYearRow => ({
  agencyId, name: agencyId, year, permanentTotal: total, permanentTarget: target, temporaryTotal: 0, temporaryTarget: 0, traineeTotal: 0,
});

describe("the exact year statistics (the governing ministry and the audit office)", () => {
  it("sum every agency's year, small ones too, and count every agency that reached the goal, on 200 random sectors", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rows = sector(seed);
      for (const s of yearStatsOf(rows)) {
        const ofYear = rows.filter((r) => r.year === s.year);
        const y = exactSectorYear(s);
        expect(y, `seed ${seed}, ${s.year}`).toMatchObject({
          showable: true,
          total: ofYear.reduce((n, r) => n + totalHires(r), 0),
          target: ofYear.reduce((n, r) => n + targetHires(r), 0),
          reported: ofYear.length,
          agenciesCounted: ofYear.filter((r) => totalHires(r) > 0).length,
          agenciesReachingGoal: ofYear.filter((r) => reachesGoal(targetHires(r), totalHires(r))).length,
        });
      }
    }
  });

  it("count an agency of 50 hires with 3 in the target group beside one of 3 hires: 1 of 2 reached the goal", () => {
    const [s] = yearStatsOf([row("Kartverket", 2023, 50, 3), row("DiBK", 2023, 3)]);
    expect(exactSectorYear(s!)).toMatchObject({ total: 53, target: 3, agenciesCounted: 2, agenciesReachingGoal: 1 });
  });
});

describe("the sector as published (everyone else)", () => {
  it("shows what the publication shows, and counts the goal only among the agencies it shows, on 200 random sectors", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rows = sector(seed);
      const input = {
        sectorId: "s",
        years: [2018, 2019, 2020],
        agencyIds: [...new Set(rows.map((r) => r.agencyId))],
        reports: rows.map((r) => ({ agencyId: r.agencyId, year: r.year, total: totalHires(r), target: targetHires(r) })),
        periods: [],
      };
      const publication = publish(input, { ownAgencyId: null });
      for (const year of input.years) {
        const y = publishedSectorYear(year, publication, input.agencyIds.length);
        const total = publication.sector.get(year);
        expect(y.showable, `seed ${seed}, ${year}`).toBe(total?.kind === "shown");
        if (total?.kind === "shown") expect(y).toMatchObject({ total: total.total, target: total.target, reported: total.reported });
        else expect(y).toMatchObject({ total: 0, target: 0, share: null });
        const shown = [...publication.cells].filter(([key, cell]) => key.endsWith(`:${year}`) && cell.kind === "shown" && cell.total > 0);
        expect(y.agenciesCounted).toBe(shown.length);
        // Never more agencies reaching the goal than shown ones, and never one whose figure is hidden.
        expect(y.agenciesReachingGoal).toBeLessThanOrEqual(shown.length);
      }
    }
  });

  it("does not count a hidden agency that reached the goal", () => {
    // Two small agencies and the rest: the small ones are hidden, whatever their shares.
    const reports = [row("a", 2020, 3, 2), row("b", 2020, 4, 2), row("c", 2020, 40, 0), row("d", 2020, 60, 1), row("e", 2020, 30, 0)];
    const input = { sectorId: "s", years: [2020], agencyIds: ["a", "b", "c", "d", "e"], reports: reports.map((r) => ({ agencyId: r.agencyId, year: r.year, total: totalHires(r), target: targetHires(r) })), periods: [] };
    const y = publishedSectorYear(2020, publish(input, { ownAgencyId: null }), 5);
    expect(y.agenciesReachingGoal).toBe(0);
  });
});
