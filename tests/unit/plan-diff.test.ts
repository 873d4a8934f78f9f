// The version comparison: what a reader sees marked, and that its work is bounded whatever the
// versions hold (two completely different maximum-size plans compare well within a second).
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { planContentSchema, type PlanContent } from "@/lib/domain/plan-content";
import { comparePlanVersions } from "@/lib/domain/plan-diff";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import { DiffBudget, diffSegments, EDIT_BUDGET, type DiffSegment } from "@/lib/domain/text-diff";

/**
 * The largest plan the schema allows, every text field full. `unit` is repeated to fill a field:
 * "a\n" gives the most lines (the line comparison's worst case), "a " the most words. `variant`
 * picks the choices (category, status, …), so that two variants differ everywhere.
 */
function largestPlan(unit: string, variant: 0 | 1): PlanContent {
  const fill = (max: number) => unit.repeat(Math.floor(max / unit.length));
  const content = planContentSchema.parse({
    challenges: Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, category: ["RECRUITMENT_PRACTICE", "LEADERSHIP_CULTURE"][variant], challenge: fill(5_000), opportunities: fill(5_000) })),
    measures: Array.from({ length: 50 }, (_, i) => ({ id: `m${i}`, what: fill(5_000), owner: fill(300), due: ["2021-03-01", "2022-04-02"][variant], status: ["UNDER_WAY", "DONE"][variant], challengeId: "c0" })),
    goals: Array.from({ length: 30 }, (_, i) => ({ id: `g${i}`, term: i % 2 ? "SHORT" : "LONG", description: fill(5_000), target: fill(300), date: ["2022-12-31", "2023-11-30"][variant] })),
    goalLink: { text: fill(5_000), agencyGoals: Array.from({ length: 20 }, () => fill(300)) },
    responsibilities: Array.from({ length: 30 }, (_, i) => ({ id: `r${i}`, who: fill(300), what: fill(5_000) })),
    trainee: { decision: ["WILL_USE", "WILL_CONSIDER"][variant], positions: fill(300), count: [1000, 999][variant], reasoning: fill(5_000) },
  });
  // Every field is as long as the schema lets it be.
  expect(content.challenges[0]!.challenge.length).toBeGreaterThan(4_990);
  expect(content.measures[49]!.owner.length).toBeGreaterThan(290);
  return content;
}

/** Whether the segments put together give the text. */
const rebuilds = (segments: DiffSegment[], text: string) => segments.map((s) => s.text).join("") === text;

/** Whether some line is marked word by word (part of it changed, part of it not). */
function markedWithinALine(segments: DiffSegment[]): boolean {
  const kinds: DiffSegment["kind"][] = segments.flatMap((s) => Array.from(s.text, (ch) => (ch === "\n" ? "same" : s.kind)));
  const text = segments.map((s) => s.text).join("");
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      if (new Set(kinds.slice(lineStart, i)).size > 1) return true;
      lineStart = i + 1;
    }
  }
  return false;
}

/**
 * The CPU time a run takes, in milliseconds. Not the wall-clock time: the test files run in
 * parallel on a shared machine, and what is bounded is the work, not the machine's load.
 */
function timed<T>(run: () => T): { result: T; ms: number } {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return { result, ms: (used.user + used.system) / 1000 };
}

describe("diffSegments", () => {
  it("marks the words changed within a line, and keeps the rest unchanged", () => {
    const { left, right, replaced } = diffSegments("Tiltak: Kurs for ledere\nEier: HR", "Tiltak: Kurs for alle ledere\nEier: HR");
    expect(replaced).toBe(false);
    expect(left).toEqual([{ kind: "same", text: "Tiltak: Kurs for ledere\nEier: HR" }]);
    expect(right).toEqual([
      { kind: "same", text: "Tiltak: Kurs for " },
      { kind: "added", text: "alle " },
      { kind: "same", text: "ledere\nEier: HR" },
    ]);
  });

  const replaced = {
    left: [{ kind: "removed", text: "Eier: HR" }],
    right: [{ kind: "added", text: "Eier: HR-sjefen" }],
    replaced: true,
  };

  it("shows the text as replaced when the comparison's time has run out", () => {
    expect(diffSegments("Eier: HR", "Eier: HR-sjefen", new DiffBudget(EDIT_BUDGET, Date.now() - 1))).toEqual(replaced);
  });

  it("shows the text as replaced when the comparison's edits are spent, and spends what a comparison used", () => {
    expect(diffSegments("Eier: HR", "Eier: HR-sjefen", new DiffBudget(0))).toEqual(replaced);
    const budget = new DiffBudget(100);
    expect(diffSegments("a\nb\nc", "a\nB\nc", budget).replaced).toBe(false);
    // One line removed and one added, then one word removed and one added.
    expect(budget.edits).toBe(96);
  });
});

describe("comparing two completely different maximum-size versions", () => {
  for (const [shape, a, b] of [
    ["many short lines", "a\n", "b\n"],
    ["long lines of many words", "a ", "b "],
  ] as const) {
    it(`takes the fallback, deterministically, and well within a second (${shape})`, () => {
      const older = largestPlan(a, 0);
      const newer = largestPlan(b, 1);
      // A time far above a second: only the bounds on the edits can make this fast.
      const budget = new DiffBudget(EDIT_BUDGET, Date.now() + 60_000);
      const { result, ms } = timed(() => comparePlanVersions(older, newer, budget));
      expect(ms).toBeLessThan(1_000);
      expect(result.map((r) => r.element)).toEqual([...PLAN_ELEMENTS]);
      for (const { element, before, after, diff } of result) {
        expect(diff, element).not.toBeNull();
        // Every changed line is shown as replaced (the old removed, the new added), never word by word.
        expect(rebuilds(diff!.left, before) && rebuilds(diff!.right, after), element).toBe(true);
        expect(diff!.left.some((s) => s.kind === "removed") && diff!.right.some((s) => s.kind === "added"), element).toBe(true);
        expect(markedWithinALine(diff!.left) || markedWithinALine(diff!.right), element).toBe(false);
      }
      if (shape === "many short lines") {
        // Too many lines to compare: the element as a whole is replaced, and the page says so.
        const challenges = result.find((r) => r.element === "challenges")!;
        expect(challenges.diff!.replaced).toBe(true);
        expect(challenges.diff!.left).toHaveLength(1);
      }
    });
  }

  it("stays within a second with the default budget too", () => {
    const older = largestPlan("a ", 0);
    const newer = largestPlan("b ", 1);
    const { ms } = timed(() => comparePlanVersions(older, newer));
    expect(ms).toBeLessThan(1_000);
  });
});

describe("the comparison page's markup", () => {
  it("says when an element is shown as replaced, and renders the largest plans quickly", async () => {
    const { VersionDiff } = await import("@/components/plans/version-diff");
    const older = largestPlan("a\n", 0);
    const newer = largestPlan("b\n", 1);
    const { result: html, ms } = timed(() => renderToString(createElement(VersionDiff, { left: older, right: newer })));
    expect(ms).toBeLessThan(2_000);
    expect(html).toContain("Elementet er endret så mye at endringene ikke vises hver for seg");
    expect(html).toContain("<del");
  });
});
