import { describe, expect, it } from "vitest";
import { figureCountText, figureShareText, pooledSuffix, sectorChartSummary, sectorShareText, stateShareText } from "@/lib/domain/figure-text";

const NBSP = "\u00a0";

describe("figure text", () => {
  it("shows a share and its counts, a dash without hires, and one word for any hidden figure", () => {
    const shown = { kind: "shown", total: 40, target: 3, share: 3 / 40 } as const;
    expect(figureShareText(shown)).toBe(`7,5${NBSP}%`);
    expect(figureCountText(shown, "total")).toBe("40");
    expect(figureCountText(shown, "target")).toBe("3");
    for (const f of [undefined, { kind: "none" } as const]) {
      expect(figureShareText(f)).toBe("–");
      expect(figureCountText(f, "total")).toBe("–");
    }
    for (const reason of ["few", "secondary"] as const) {
      expect(figureShareText({ kind: "suppressed", reason })).toBe("Skjult");
      expect(figureCountText({ kind: "suppressed", reason }, "target")).toBe("Skjult");
    }
  });

  it("names a pooled period after its share and its counts", () => {
    const pooled = { kind: "pooled", fromYear: 2019, toYear: 2021, total: 8, target: 2, share: 0.25 } as const;
    expect(pooledSuffix(pooled)).toBe("(samlet 2019–2021)");
    expect(figureShareText(pooled)).toBe(`25,0${NBSP}% (samlet 2019–2021)`);
    expect(figureCountText(pooled, "total")).toBe("8 (samlet 2019–2021)");
  });

  it("gives the state-wide share where it is known", () => {
    expect(stateShareText(2019)).toBe(`2,2${NBSP}%`);
    expect(stateShareText(2017)).toBe("Ikke kjent");
  });

  it("reads in English on an English page, and stays Norwegian by default (documents, exports)", () => {
    const pooled = { kind: "pooled", fromYear: 2019, toYear: 2021, total: 1234, target: 2, share: 2 / 1234 } as const;
    expect(figureShareText(pooled, "en")).toBe(`0.2${NBSP}% (combined 2019–2021)`);
    expect(figureCountText(pooled, "total", "en")).toBe("1,234 (combined 2019–2021)");
    expect(figureShareText({ kind: "suppressed", reason: "few" }, "en")).toBe("Hidden");
    expect(figureShareText({ kind: "few", total: 3, target: 1 } as never, "en")).toBe("fewer than 5 – not for publication");
    expect(stateShareText(2019, "en")).toBe(`2.2${NBSP}%`);
    expect(stateShareText(2017, "en")).toBe("Not known");
    expect(sectorShareText({ showable: true, total: 19, target: 2, reported: 2, agencies: 11 }, "en")).toBe(`10.5${NBSP}% (2 of 11 have reported)`);
    expect(sectorChartSummary([{ year: "2019", label: "2.2 %" }], "en")).toMatch(/^Bar chart of the sector's share per year .*: 2019: 2\.2 %\. The figures are also in the table below\.$/);
    expect(sectorChartSummary([{ year: "2019", label: "2,2 %" }])).toMatch(/^Stolpediagram over sektorens andel per år .*: 2019: 2,2 %\. Tallene står også i tabellen under\.$/);
  });
});
