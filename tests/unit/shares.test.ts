import { describe, expect, it } from "vitest";
import { agencyFigure, sectorShare, share, reachesGoal, MIN_HIRES_FOR_SHARE } from "@/lib/domain/shares";
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
    const figure = agencyFigure(dfo, false);
    expect(figure).toEqual({ kind: "shown", total: 19, target: 2, share: 2 / 19 });
    expect(formatShare(2 / 19)).toBe("10,5\u00a0%");
  });

  it("has no share without new hires (shown as –, never 0 %)", () => {
    expect(share(0, 0)).toBeNull();
    expect(formatShare(null)).toBe("–");
    expect(agencyFigure(counts(0, 0), false)).toEqual({ kind: "none" });
    expect(agencyFigure(null, false)).toEqual({ kind: "none" });
  });

  it("shows no share and no counts for fewer than 5 hires to anyone outside the agency", () => {
    expect(MIN_HIRES_FOR_SHARE).toBe(5);
    expect(agencyFigure(counts(3, 1, 1, 0), false)).toEqual({ kind: "suppressed" });
    expect(agencyFigure(counts(4, 1), true)).toEqual({ kind: "shown", total: 4, target: 1, share: 0.25 });
    expect(agencyFigure(counts(5, 1), false)).toEqual({ kind: "shown", total: 5, target: 1, share: 0.2 });
  });

  it("weights the sector share by hires instead of averaging the agencies' shares", () => {
    // 1 of 10 (10 %) and 1 of 90 (1.1 %): the average would be 5.6 %, the real share is 2 %.
    expect(sectorShare([counts(10, 1), counts(90, 1)])).toBeCloseTo(0.02, 10);
    expect(sectorShare([])).toBeNull();
  });

  it("counts reaching the goal from 5 % exactly", () => {
    expect(reachesGoal(0.05)).toBe(true);
    expect(reachesGoal(0.0499)).toBe(false);
    expect(reachesGoal(null)).toBe(false);
  });
});
