/**
 * The bench's sector: 5,000 agencies over 10 years, a quarter of them small, some pooling three
 * years (a few periods withdrawn again). The publication must complete and pass its own range check.
 * How long it takes is measured by `npm run bench`, not here.
 */
import { describe, expect, it } from "vitest";
import { MIN_POSSIBLE_VALUES, possibleValues, protectedRanges, publish } from "@/lib/domain/disclosure";
import { benchSector } from "@/tests/support/disclosure/sectors";

describe("a sector of 5,000 agencies over 10 years", () => {
  it("is published, pooled periods and all, and no protected count narrows below three values", { timeout: 120_000 }, () => {
    const input = benchSector();
    const p = publish(input, { ownAgencyId: null });
    expect(p.cells.size).toBe(50_000);
    expect([...p.sector.values()].every((v) => v.kind === "shown")).toBe(true);
    expect([...p.periods.values()].filter((v) => v.kind === "shown").length).toBeGreaterThan(10);
    const ranges = protectedRanges(input, { ownAgencyId: null }, p);
    expect(ranges.length).toBeGreaterThan(10_000);
    expect(ranges.filter((r) => possibleValues(r) < MIN_POSSIBLE_VALUES)).toEqual([]);
  });
});
