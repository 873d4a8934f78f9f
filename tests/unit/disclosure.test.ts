/**
 * The disclosure engine's decisions on hand-made sectors: each reason, each kind of further
 * suppression, and what each viewer can then work out (`protectedRanges`).
 */
import { describe, expect, it } from "vitest";
import {
  MIN_POSSIBLE_VALUES,
  possibleValues,
  protectedRanges,
  publish,
  withOwnFigures,
  type CellView,
  type PooledPeriod,
  type Publication,
  type SectorInput,
} from "@/lib/domain/disclosure";
import { demoSector } from "@/tests/support/disclosure/sectors";

type Row = [agencyId: string, year: number, total: number, target: number];

function sector(rows: Row[], periods: PooledPeriod[] = [], years?: number[]): SectorInput {
  return {
    sectorId: "test",
    years: years ?? [...new Set(rows.map((r) => r[1]))].sort((a, b) => a - b),
    agencyIds: [...new Set(rows.map((r) => r[0]))],
    reports: rows.map(([agencyId, year, total, target]) => ({ agencyId, year, total, target })),
    periods,
  };
}

const cell = (p: Publication, agencyId: string, year: number) => p.cells.get(`${agencyId}:${year}`);
const shown = (total: number, target: number): CellView => ({ kind: "shown", total, target });
const FEW: CellView = { kind: "suppressed", reason: "few" };
const SECONDARY: CellView = { kind: "suppressed", reason: "secondary" };

/** The narrowest protected count a viewer can work out of a publication. */
function narrowest(input: SectorInput, own: string | null, p: Publication) {
  return Math.min(...protectedRanges(input, { ownAgencyId: own }, p).map(possibleValues));
}

/** Every viewer (the public and each agency's own people) keeps every protected count at ≥ 3 values. */
function expectSafe(input: SectorInput) {
  for (const own of [null, ...input.agencyIds])
    expect(narrowest(input, own, publish(input, { ownAgencyId: own })), `viewer ${own}`).toBeGreaterThanOrEqual(MIN_POSSIBLE_VALUES);
}

const big: Row[] = [
  ["b1", 2019, 40, 2],
  ["b2", 2019, 50, 3],
  ["b3", 2019, 60, 4],
  ["b4", 2019, 70, 2],
  ["b1", 2020, 45, 3],
  ["b2", 2020, 55, 2],
  ["b3", 2020, 65, 4],
  ["b4", 2020, 75, 3],
];

describe("the primary rule", () => {
  it("hides every agency-year under 5 as 'few', 0 included, and tells a year not reported apart", () => {
    const input = sector([["zero", 2019, 0, 0], ["small", 2019, 3, 1], ...big.filter((r) => r[1] === 2019)]);
    input.agencyIds.push("silent");
    const p = publish(input, { ownAgencyId: null });
    expect(cell(p, "zero", 2019)).toEqual(FEW);
    expect(cell(p, "small", 2019)).toEqual(FEW);
    expect(cell(p, "silent", 2019)).toEqual({ kind: "notReported" });
    expect(p.sector.get(2019)).toMatchObject({ kind: "shown", reported: 6, agencies: 7 });
    expectSafe(input);
  });

  it("shows only the years the viewer may see", () => {
    const input = sector([["a", 2019, 10, 1], ["a", 2020, 12, 1], ["b", 2019, 20, 2], ["b", 2020, 22, 2]], [], [2019]);
    const p = publish(input, { ownAgencyId: null });
    expect([...p.cells.keys()]).toEqual(["a:2019", "b:2019"]);
    expect([...p.sector.keys()]).toEqual([2019]);
  });
});

describe("secondary suppression in a sector-year", () => {
  it("the demo's 2019: the two agencies with 4 hires each stay 0–4, by hiding the two smallest agencies with target-group hires to spare", () => {
    const input = demoSector();
    const p = publish(input, { ownAgencyId: null });
    // DiBK (9, 1 in the target group) is smaller, but hiding it would leave the small ones' target-group hires at 0–1.
    expect(cell(p, "dibk", 2019)).toEqual(shown(9, 1));
    expect(cell(p, "husbanken", 2019)).toEqual(SECONDARY);
    expect(cell(p, "kartverket", 2019)).toEqual(SECONDARY);
    expect(cell(p, "digdir", 2019)).toEqual(shown(130, 7));
    expect(p.sector.get(2019)).toEqual({ kind: "shown", total: 547, target: 30, reported: 7, agencies: 7 });
    for (const r of protectedRanges(input, { ownAgencyId: null }, p)) expect([r.min, r.max]).toEqual([0, 4]);
    expectSafe(input);
  });

  it("hides a neighbour when a viewer agency's own numbers would give another small one away", () => {
    // The public alone cannot pin x or y: together they have 5 hires, 2 in the target group. But x's
    // own people know x had 3 (1): y had exactly 2 (1).
    const input = sector([["x", 2019, 3, 1], ["y", 2019, 2, 1], ...big.filter((r) => r[1] === 2019)]);
    const primaryOnly: Publication = {
      cells: new Map([
        ["x:2019", FEW],
        ["y:2019", FEW],
        ["b1:2019", shown(40, 2)],
        ["b2:2019", shown(50, 3)],
        ["b3:2019", shown(60, 4)],
        ["b4:2019", shown(70, 2)],
      ]),
      sector: new Map([[2019, { kind: "shown", total: 225, target: 13, reported: 6, agencies: 6 }]]),
      periods: new Map(),
    };
    expect(narrowest(input, null, primaryOnly)).toBeGreaterThanOrEqual(MIN_POSSIBLE_VALUES);
    const yByX = protectedRanges(input, { ownAgencyId: "x" }, withOwnFigures(input, primaryOnly, "x")).filter((r) => r.count === "total");
    expect(yByX).toMatchObject([{ subject: { agencyId: "y" }, min: 2, max: 2 }]);

    const p = publish(input, { ownAgencyId: null });
    expect(cell(p, "b1", 2019)).toEqual(SECONDARY);
    expect([cell(p, "b2", 2019), cell(p, "b3", 2019), cell(p, "b4", 2019)]).toEqual([shown(50, 3), shown(60, 4), shown(70, 2)]);
    expect(p.sector.get(2019)?.kind).toBe("shown");
    expect(narrowest(input, "x", publish(input, { ownAgencyId: "x" }))).toBeGreaterThanOrEqual(MIN_POSSIBLE_VALUES);
    expectSafe(input);
  });

  it("hides the sector's counts when no other agency can cover a small one", () => {
    // Hiding b as well would not do: b's own people would still see a's 3 hires.
    const input = sector([["a", 2019, 3, 1], ["b", 2019, 40, 2]]);
    const p = publish(input, { ownAgencyId: null });
    expect(p.sector.get(2019)).toEqual({ kind: "suppressed" });
    expect(cell(p, "b", 2019)).toEqual(shown(40, 2));
    expectSafe(input);
  });

  it("hides the sector's counts when every agency that could cover has too few in the target group", () => {
    // a and e have 0 in the target group, and so would any agency hidden beside them: the sector's
    // 3 target-group hires are all b's, which anyone who sees b (or is b) would know.
    const input = sector([["a", 2019, 4, 0], ["e", 2019, 3, 0], ["b", 2019, 40, 3], ["c", 2019, 50, 0], ["d", 2019, 60, 0]]);
    const p = publish(input, { ownAgencyId: null });
    expect(p.sector.get(2019)).toEqual({ kind: "suppressed" });
    expect([cell(p, "b", 2019), cell(p, "c", 2019), cell(p, "d", 2019)]).toEqual([shown(40, 3), shown(50, 0), shown(60, 0)]);
    expectSafe(input);
  });

  it("never shows that every small hire was in the target group", () => {
    const input = sector([["a", 2019, 3, 3], ["e", 2019, 2, 2], ...big.filter((r) => r[1] === 2019)]);
    const p = publish(input, { ownAgencyId: null });
    const nonTarget = protectedRanges(input, { ownAgencyId: null }, p).filter((r) => r.count === "nonTarget");
    expect(nonTarget.map((r) => possibleValues(r) >= MIN_POSSIBLE_VALUES)).toEqual([true, true]);
    expectSafe(input);
  });
});

describe("pooled periods", () => {
  const period = (agencyId: string, fromYear: number, toYear: number, state: "published" | "withdrawn" | "requested" = "published"): PooledPeriod => ({
    agencyId,
    fromYear,
    toYear,
    published: state === "published",
    withdrawn: state === "withdrawn",
  });

  it("shows a period's share for its years, with room around them in each year", () => {
    const input = sector([["p", 2019, 2, 1], ["p", 2020, 3, 1], ...big], [period("p", 2019, 2020)]);
    const p = publish(input, { ownAgencyId: null });
    expect(p.periods.get("p:2019-2020")).toEqual({ kind: "shown", total: 5, target: 2 });
    expect(cell(p, "p", 2019)).toEqual({ kind: "pooled", period: { fromYear: 2019, toYear: 2020 } });
    expect(cell(p, "p", 2020)).toEqual({ kind: "pooled", period: { fromYear: 2019, toYear: 2020 } });
    // A year's sector total less its shown agencies would otherwise be p's single year.
    for (const year of [2019, 2020]) {
      expect(p.sector.get(year)?.kind).toBe("shown");
      expect([...p.cells].filter(([k, v]) => k.endsWith(`:${year}`) && v.kind === "suppressed").length).toBeGreaterThanOrEqual(2);
    }
    expectSafe(input);
  });

  it("does not show a period that would pin its years: 8 hires over two years under 5 are 4 and 4", () => {
    const input = sector([["p", 2019, 4, 1], ["p", 2020, 4, 1], ...big], [period("p", 2019, 2020)]);
    const p = publish(input, { ownAgencyId: null });
    expect(p.periods.get("p:2019-2020")).toEqual({ kind: "suppressed" });
    expect([cell(p, "p", 2019), cell(p, "p", 2020)]).toEqual([FEW, FEW]);
    expectSafe(input);
  });

  it("does not show a period with no one in the target group (each of its years would be 0)", () => {
    const input = sector([["p", 2019, 2, 0], ["p", 2020, 4, 0], ...big], [period("p", 2019, 2020)]);
    const p = publish(input, { ownAgencyId: null });
    expect(p.periods.get("p:2019-2020")).toEqual({ kind: "suppressed" });
    expectSafe(input);
  });

  it("does not show a period with a year the viewer may not see", () => {
    const input = sector([["p", 2019, 2, 1], ["p", 2020, 3, 1], ...big], [period("p", 2019, 2020)], [2019]);
    expect(publish(input, { ownAgencyId: null }).periods.get("p:2019-2020")).toEqual({ kind: "suppressed" });
  });

  it("keeps a withdrawn period as a constraint: its sum was seen, so its large year is hidden too", () => {
    const rows: Row[] = [["w", 2019, 2, 0], ["w", 2020, 30, 3], ...big];
    const withdrawn = sector(rows, [period("w", 2019, 2020, "withdrawn")]);
    const p = publish(withdrawn, { ownAgencyId: null });
    expect(p.periods.get("w:2019-2020")).toEqual({ kind: "suppressed" });
    expect(cell(p, "w", 2019)).toEqual(FEW);
    // 32 seen for 2019–2020, less 30 shown for 2020, would be 2019's 2.
    expect(cell(p, "w", 2020)).toEqual(SECONDARY);
    expectSafe(withdrawn);

    const requested = sector(rows, [period("w", 2019, 2020, "requested")]);
    expect(cell(publish(requested, { ownAgencyId: null }), "w", 2020)).toEqual(shown(30, 3));
  });

  it("does not hide anything for what a withdrawn period alone already gave away", () => {
    // 2019–2020 was shown as 32 hires, none in the target group: each year's target-group count is 0, whatever is shown now.
    const input = sector([["w", 2019, 2, 0], ["w", 2020, 30, 0], ...big], [period("w", 2019, 2020, "withdrawn")]);
    const p = publish(input, { ownAgencyId: null });
    const target2019 = protectedRanges(input, { ownAgencyId: null }, p).find((r) => r.subject.kind === "cell" && r.count === "target");
    expect(target2019).toMatchObject({ min: 0, max: 0 });
    // Its hires still keep their range: 2020 is hidden, as above.
    const total2019 = protectedRanges(input, { ownAgencyId: null }, p).find((r) => r.subject.kind === "cell" && r.count === "total");
    expect(possibleValues(total2019!)).toBeGreaterThanOrEqual(MIN_POSSIBLE_VALUES);
  });
});

describe("one publication for every outside viewer", () => {
  const input = sector([["x", 2019, 3, 1], ["y", 2019, 2, 1], ...big]);

  it("an agency sees its own figures as they are and everything else as the public does", () => {
    const own = publish(input, { ownAgencyId: "x" });
    const pub = publish(input, { ownAgencyId: null });
    expect(cell(own, "x", 2019)).toEqual(shown(3, 1));
    for (const [key, view] of pub.cells) if (key !== "x:2019") expect(own.cells.get(key), key).toEqual(view);
    expect(own.sector).toEqual(pub.sector);
    expect(withOwnFigures(input, pub, "x")).toEqual(own);
  });

  it("does not depend on the order of the input", () => {
    const shuffled: SectorInput = { ...input, agencyIds: [...input.agencyIds].reverse(), reports: [...input.reports].reverse() };
    const a = publish(input, { ownAgencyId: null });
    const b = publish(shuffled, { ownAgencyId: null });
    expect(new Map([...b.cells].sort())).toEqual(new Map([...a.cells].sort()));
    expect(b.sector).toEqual(a.sector);
  });

  it("refuses input no caller should pass", () => {
    expect(() => publish(sector([["a", 2019, 3, 4]]), { ownAgencyId: null })).toThrow(/bad counts/);
    expect(() => publish(sector([["a", 2019, 3, 1], ["a", 2019, 4, 1]]), { ownAgencyId: null })).toThrow(/two reports/);
    expect(() => publish({ ...sector([["a", 2019, 3, 1]]), agencyIds: ["b"] }, { ownAgencyId: null })).toThrow(/not in the sector/);
  });
});
