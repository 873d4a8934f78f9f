import { describe, expect, it } from "vitest";
import { exactFigure, sectorShare, share, reachesGoal, MIN_HIRES_FOR_SHARE } from "@/lib/domain/shares";
import { formatShare } from "@/lib/domain/format";

const counts = (permanentTotal: number, permanentTarget: number, temporaryTotal = 0, temporaryTarget = 0) => ({
  permanentTotal,
  permanentTarget,
  temporaryTotal,
  temporaryTarget,
});

describe("share of new hires in the target group", () => {
  it("gives DFØ's worked example: 18 permanent + 1 temporary, 2 in the target group → 10,5 %", () => {
    const dfo = counts(18, 2, 1, 0);
    const figure = exactFigure(dfo);
    expect(figure).toEqual({ kind: "shown", total: 19, target: 2, share: 2 / 19 });
    expect(formatShare(2, 19)).toBe("10,5\u00a0%");
  });

  it("has no share without new hires (shown as –, never 0 %)", () => {
    expect(share(0, 0)).toBeNull();
    expect(formatShare(0, 0)).toBe("–");
    // Not reported is no figure; a year reported with no hires is a year under 5.
    expect(exactFigure(null)).toEqual({ kind: "none" });
    expect(exactFigure(counts(0, 0))).toEqual({ kind: "few", total: 0, target: 0 });
  });

  it("gives those who see exact counts every count, but no share under 5 hires (DFØ)", () => {
    expect(MIN_HIRES_FOR_SHARE).toBe(5);
    expect(exactFigure(counts(3, 1, 1, 0))).toEqual({ kind: "few", total: 4, target: 1 });
    expect(exactFigure(counts(5, 1))).toEqual({ kind: "shown", total: 5, target: 1, share: 0.2 });
  });

  it("weights the sector share by hires instead of averaging the agencies' shares", () => {
    // 1 of 10 (10 %) and 1 of 90 (1.1 %): the average would be 5.6 %, the real share is 2 %.
    expect(sectorShare([counts(10, 1), counts(90, 1)])).toBeCloseTo(0.02, 10);
    expect(sectorShare([])).toBeNull();
  });

  it("counts reaching the goal from 5 % exactly, in whole numbers", () => {
    expect(reachesGoal(1, 20)).toBe(true);
    expect(reachesGoal(499, 10_000)).toBe(false);
    expect(reachesGoal(0, 0)).toBe(false);
  });
});

// What outside viewers may see is disclosure control's (tests/unit/disclosure*.test.ts).

describe("who counts", () => {
  it("counts trainees who started in the year as new hires, all of them in the target group", () => {
    expect(exactFigure({ ...counts(10, 0), traineeTotal: 2 })).toEqual({ kind: "shown", total: 12, target: 2, share: 2 / 12 });
  });
});
