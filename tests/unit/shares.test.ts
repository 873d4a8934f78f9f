import { describe, expect, it } from "vitest";
import { agencyFigure, sectorCountsShowable, sectorShare, share, reachesGoal, MIN_HIRES_FOR_SHARE, yearFigures } from "@/lib/domain/shares";
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
    expect(formatShare(2, 19)).toBe("10,5\u00a0%");
  });

  it("has no share without new hires (shown as –, never 0 %)", () => {
    expect(share(0, 0)).toBeNull();
    expect(formatShare(0, 0)).toBe("–");
    expect(agencyFigure(counts(0, 0), false)).toEqual({ kind: "none" });
    expect(agencyFigure(null, false)).toEqual({ kind: "none" });
  });

  it("shows no share and no counts for fewer than 5 hires to anyone outside the agency", () => {
    expect(MIN_HIRES_FOR_SHARE).toBe(5);
    expect(agencyFigure(counts(3, 1, 1, 0), false)).toEqual({ kind: "suppressed", reason: "few" });
    expect(agencyFigure(counts(4, 1), true)).toEqual({ kind: "shown", total: 4, target: 1, share: 0.25 });
    expect(agencyFigure(counts(5, 1), false)).toEqual({ kind: "shown", total: 5, target: 1, share: 0.2 });
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

describe("no small number can be worked out from the others", () => {
  const row = (agencyId: string, total: number, target = 0) => ({ agencyId, counts: counts(total, target) });

  it("hides the next smallest agency when one agency alone is suppressed", () => {
    const f = yearFigures([row("a", 3, 1), row("b", 40, 1), row("c", 12, 0), row("d", 100, 3)], null);
    expect(f.get("a")).toEqual({ kind: "suppressed", reason: "few" });
    expect(f.get("c")).toEqual({ kind: "suppressed", reason: "secondary" });
    expect(f.get("b")?.kind).toBe("shown");
    expect(f.get("d")?.kind).toBe("shown");
  });

  it("hides more until the hidden group has at least 5 hires", () => {
    const f = yearFigures([row("a", 1), row("b", 2), row("c", 30), row("d", 50)], null);
    expect(f.get("a")?.kind).toBe("suppressed");
    expect(f.get("b")?.kind).toBe("suppressed");
    expect(f.get("c")?.kind).toBe("suppressed");
    expect(f.get("d")?.kind).toBe("shown");
  });

  it("leaves the table alone when nothing is small, and shows the agency its own small numbers", () => {
    const f = yearFigures([row("a", 6), row("b", 7)], null);
    expect([...f.values()].every((x) => x.kind === "shown")).toBe(true);
    const own = yearFigures([row("a", 3, 1)], "a");
    expect(own.get("a")).toEqual({ kind: "shown", total: 3, target: 1, share: 1 / 3 });
  });

  it("does not count agencies without hires as hidden", () => {
    const f = yearFigures([row("a", 0), row("b", 3), row("c", 20), row("d", 25)], null);
    expect(f.get("a")).toEqual({ kind: "none" });
    expect(f.get("c")?.kind).toBe("suppressed");
    expect(f.get("d")?.kind).toBe("shown");
  });

  it("hides the sector's counts when the rest beyond what the viewer sees is 1–4 hires", () => {
    // Agency A sees its own 19 hires; the sector has 22: the other agency's 3 must stay hidden.
    expect(sectorCountsShowable(22, 19)).toBe(false);
    expect(sectorCountsShowable(24, 19)).toBe(true);
    expect(sectorCountsShowable(19, 19)).toBe(true);
  });
});

describe("who counts", () => {
  it("counts trainees who started in the year as new hires, all of them in the target group", () => {
    expect(agencyFigure({ ...counts(10, 0), traineeTotal: 2 }, false)).toEqual({ kind: "shown", total: 12, target: 2, share: 2 / 12 });
  });
});
