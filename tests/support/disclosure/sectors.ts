/** Seeded random sectors for the disclosure tests, so that a failure can be replayed from its seed. */
import type { AgencyYear, PooledPeriod, SectorInput } from "@/lib/domain/disclosure";

// The same small deterministic generator as tests/unit/year-stats.test.ts.
export function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

/**
 * A small sector: 2–7 agencies (or `size.agencies`) over 2–4 years, many of them under 5 (zeros and ties included), some
 * years not reported, sometimes the last year not yet published, pooled periods in force, withdrawn
 * or only requested, and (one seed in four) the demo's pattern: two agencies with exactly 4 hires,
 * none in the target group, beside larger ones.
 */
export function randomSector(seed: number, size: { agencies: [number, number]; periods: number } = { agencies: [2, 7], periods: 3 }): SectorInput {
  const next = random(seed);
  const [fewest, most] = size.agencies;
  const agencyIds = Array.from({ length: fewest + Math.floor(next() * (most - fewest + 1)) }, (_, i) => `a${i}`);
  const first = 2018;
  const allYears = Array.from({ length: 2 + Math.floor(next() * 3) }, (_, i) => first + i);
  const years = next() < 0.3 ? allYears.slice(0, -1) : allYears;
  const demo = next() < 0.25;
  const reports: AgencyYear[] = [];
  for (const year of allYears) {
    let previous: AgencyYear | null = null;
    for (const [i, agencyId] of agencyIds.entries()) {
      let total: number;
      let target: number;
      if (demo && year === first && i < 2) {
        total = 4;
        target = 0;
      } else {
        if (next() < 0.15) continue;
        if (previous && next() < 0.2) total = previous.total;
        else total = next() < 0.45 ? Math.floor(next() * 5) : 5 + Math.floor(next() * 40);
        const r = next();
        target = r < 0.45 ? 0 : r < 0.5 ? total : Math.floor(next() * (total + 1) * (total < 5 ? 1 : 0.3));
      }
      previous = { agencyId, year, total, target };
      reports.push(previous);
    }
  }
  const periods: PooledPeriod[] = [];
  const taken = new Set<string>();
  const count = next() < 0.35 ? 0 : 1 + Math.floor(next() * size.periods);
  for (let n = 0; n < count; n++) {
    const agencyId = pick(next, agencyIds);
    const fromYear = pick(next, allYears.slice(0, -1));
    const toYear = Math.min(allYears[allYears.length - 1]!, fromYear + 1 + Math.floor(next() * 2));
    const span = Array.from({ length: toYear - fromYear + 1 }, (_, i) => `${agencyId}:${fromYear + i}`);
    const r = next();
    const state = r < 0.55 ? "published" : r < 0.9 ? "withdrawn" : "requested";
    // A year belongs to at most one published period, ever (withdrawn ones included).
    if (state !== "requested" && span.some((k) => taken.has(k))) continue;
    if (state !== "requested") for (const k of span) taken.add(k);
    periods.push({ agencyId, fromYear, toYear, published: state === "published", withdrawn: state === "withdrawn" });
  }
  return { sectorId: `s${seed}`, years, agencyIds, reports, periods };
}

/** The demo's 2019: sector total 547, the shown agencies add up to 539, two hidden ones with exactly 4 hires, none in the target group. */
export function demoSector(): SectorInput {
  const rows: [string, number, number][] = [
    ["dss", 4, 0],
    ["dfo", 4, 0],
    ["dibk", 9, 1],
    ["husbanken", 48, 3],
    ["kartverket", 96, 5],
    ["digdir", 130, 7],
    ["statsbygg", 256, 14],
  ];
  return {
    sectorId: "kmd",
    years: [2019],
    agencyIds: rows.map(([id]) => id),
    reports: rows.map(([agencyId, total, target]) => ({ agencyId, year: 2019, total, target })),
    periods: [],
  };
}

/**
 * The bench's sector (issue 11): `agencies` agencies over `yearCount` years, a quarter of them small,
 * one in a hundred pooling three years into a period that can be shown (one in five of those withdrawn).
 */
export function benchSector(agencies = 5000, yearCount = 10): SectorInput {
  const next = random(11);
  const agencyIds = Array.from({ length: agencies }, (_, i) => `org${String(i).padStart(5, "0")}`);
  const years = Array.from({ length: yearCount }, (_, i) => 2015 + i);
  const reports: AgencyYear[] = [];
  const periods: PooledPeriod[] = [];
  // The three years of a pooled period, as hires and target-group hires: periods that can be shown.
  const pooled = [
    [[2, 1], [3, 1], [4, 2]],
    [[1, 1], [4, 1], [3, 2]],
    [[0, 0], [4, 2], [4, 1]],
  ];
  agencyIds.forEach((agencyId, i) => {
    const small = i % 4 === 0;
    const fromYear = i % 100 === 0 ? years[(i / 100) % (yearCount - 2)]! : null;
    for (const year of years) {
      if (fromYear !== null && year >= fromYear && year <= fromYear + 2) {
        const [total, target] = pooled[(i / 100) % pooled.length]![year - fromYear]!;
        reports.push({ agencyId, year, total: total!, target: target! });
        continue;
      }
      if (next() < 0.05) continue;
      const total = small ? Math.floor(next() * 6) : 5 + Math.floor(next() * next() * 300);
      const target = Math.floor(next() * (total + 1) * (small ? 0.6 : 0.12));
      reports.push({ agencyId, year, total, target });
    }
    if (fromYear !== null) periods.push({ agencyId, fromYear, toYear: fromYear + 2, published: true, withdrawn: i % 500 === 0 });
  });
  return { sectorId: "bench", years, agencyIds, reports, periods };
}
