import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EMPTY_PLAN_CONTENT, type PlanContent } from "@/lib/domain/plan-content";
import {
  conflictSummary,
  differingElements,
  formatIsoDate,
  newChallenge,
  newRowId,
  parseCount,
  parsePlanContent,
  splitFieldErrors,
  stableStringify,
  summarizeElement,
} from "@/components/plans/editor/content";
import { formatClock, parseLocalDraft, restoreOffer } from "@/components/plans/editor/local-draft";
import { createSaveQueue } from "@/components/plans/editor/save-queue";

const base: PlanContent = structuredClone(EMPTY_PLAN_CONTENT);
const withChallenge = (text: string): PlanContent => ({
  ...base,
  challenges: [{ id: "c1", category: "LEADERSHIP_CULTURE", challenge: text, opportunities: "Kurs" }],
});

describe("plan editor content helpers", () => {
  it("makes short row ids that the schema accepts", () => {
    const id = newRowId();
    expect(id).toHaveLength(12);
    expect(parsePlanContent({ ...base, challenges: [newChallenge()] })).not.toBeNull();
  });

  it("compares content regardless of key order", () => {
    expect(stableStringify({ b: 1, a: { d: [1, { y: 1, x: 2 }], c: 2 } })).toBe(stableStringify({ a: { c: 2, d: [1, { x: 2, y: 1 }] }, b: 1 }));
    expect(stableStringify({ a: 1 })).not.toBe(stableStringify({ a: 2 }));
  });

  it("lists the elements that differ, in plan order, with the other version's text", () => {
    const mine = withChallenge("Få søkere");
    const theirs: PlanContent = {
      ...withChallenge("Få søkere med hull i CV-en"),
      trainee: { decision: "NOT_NOW", positions: "", count: null, reasoning: "Ingen  budsjett" },
    };
    expect(differingElements(mine, mine)).toEqual([]);
    expect(differingElements(mine, theirs)).toEqual(["challenges", "traineeAssessment"]);
    expect(conflictSummary(mine, theirs)).toEqual([
      { element: "challenges", lines: ["Lederes holdninger og kultur: Få søkere med hull i CV-en Muligheter: Kurs"] },
      { element: "traineeAssessment", lines: ["Vil ikke bruke programmet nå", "Begrunnelse: Ingen budsjett"] },
    ]);
  });

  it("summarizes measures and goals in plain Norwegian", () => {
    const c: PlanContent = {
      ...base,
      measures: [{ id: "m1", what: "Praksisplasser", owner: "HR", due: "2025-03-01", status: "UNDER_WAY", challengeId: "" }],
      goals: [{ id: "g1", term: "LONG", description: "Flere i målgruppen", target: "5 % av nytilsatte", date: "" }],
    };
    expect(summarizeElement(c, "measures")).toEqual(["Praksisplasser (eier: HR, frist: 1.3.2025, under arbeid)"]);
    expect(summarizeElement(c, "goals")).toEqual(["Langsiktig: Flere i målgruppen (5 % av nytilsatte)"]);
    expect(summarizeElement(base, "goalLink")).toEqual(["(tomt)"]);
    expect(formatIsoDate("2020-12-01")).toBe("1.12.2020");
  });

  it("parses the trainee count as a whole number or nothing", () => {
    expect(parseCount("")).toBeNull();
    expect(parseCount(" 12 ")).toBe(12);
    expect(parseCount("1,5")).toBe("invalid");
    expect(parseCount("-1")).toBe("invalid");
    expect(parseCount("1001")).toBe("invalid");
  });

  it("splits server errors into elements and field paths", () => {
    expect(
      splitFieldErrors({
        measures: ["Hvert tiltak må ha eier og frist."],
        "content.measures.0.due": ["Skriv en gyldig dato."],
        version: ["feil"],
        goals: undefined,
      }),
    ).toEqual({
      elements: { measures: ["Hvert tiltak må ha eier og frist."] },
      fields: { "measures.0.due": ["Skriv en gyldig dato."] },
      other: ["feil"],
    });
  });

  it("rejects content that is not a plan", () => {
    expect(parsePlanContent({ challenges: "x" })).toBeNull();
    expect(parsePlanContent(undefined)).toBeNull();
    expect(parsePlanContent({})).toEqual(EMPTY_PLAN_CONTENT);
  });
});

describe("local draft", () => {
  const server = { version: 3, content: base };
  const draft = (version: number, content: PlanContent) => ({ version, content, changedAt: "2025-01-02T10:00:00.000Z" });

  it("parses only well-formed drafts", () => {
    expect(parseLocalDraft(null)).toBeNull();
    expect(parseLocalDraft("{")).toBeNull();
    expect(parseLocalDraft(JSON.stringify({ version: "3", content: base, changedAt: "2025-01-02" }))).toBeNull();
    expect(parseLocalDraft(JSON.stringify(draft(3, base)))).toEqual(draft(3, base));
  });

  it("offers a restore only for values the server does not have", () => {
    expect(restoreOffer(null, server)).toBe("none");
    expect(restoreOffer(draft(3, base), server)).toBe("none");
    expect(restoreOffer(draft(3, withChallenge("x")), server)).toBe("current");
    expect(restoreOffer(draft(2, withChallenge("x")), server)).toBe("stale");
  });

  it("formats the clock the Norwegian way", () => {
    expect(formatClock(new Date("2025-01-02T13:05:00Z"))).toBe("14.05");
  });
});

describe("save queue", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function deferredSaves() {
    const calls: { value: string; resolve: () => void }[] = [];
    const save = vi.fn(
      (value: string) =>
        new Promise<void>((resolve) => {
          calls.push({ value, resolve });
        }),
    );
    return { calls, save };
  }

  it("debounces and saves only the latest value", async () => {
    const { calls, save } = deferredSaves();
    const q = createSaveQueue({ delayMs: 1500, save });
    q.schedule("a");
    await vi.advanceTimersByTimeAsync(1000);
    q.schedule("ab");
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(calls.map((c) => c.value)).toEqual(["ab"]);
  });

  it("never runs two saves at once, and saves the newest value after the running one", async () => {
    const { calls, save } = deferredSaves();
    const q = createSaveQueue({ delayMs: 100, save });
    q.schedule("1");
    await vi.advanceTimersByTimeAsync(100);
    q.schedule("2");
    await vi.advanceTimersByTimeAsync(100);
    q.schedule("3");
    await vi.advanceTimersByTimeAsync(100);
    expect(calls.map((c) => c.value)).toEqual(["1"]);
    expect(q.saving).toBe(true);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.value)).toEqual(["1", "3"]);
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(q.saving).toBe(false);
    expect(q.pending).toBe(false);
  });

  it("flushes at once and resolves when everything is saved", async () => {
    const { calls, save } = deferredSaves();
    const q = createSaveQueue({ delayMs: 1500, save });
    q.schedule("x");
    let done = false;
    void q.flush().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.value)).toEqual(["x"]);
    expect(done).toBe(false);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it("keeps going after a failed save", async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error("nett")).mockResolvedValue(undefined);
    const q = createSaveQueue<string>({ delayMs: 10, save });
    q.schedule("a");
    await q.flush();
    q.schedule("b");
    await q.flush();
    expect(save.mock.calls.map((c) => c[0])).toEqual(["a", "b"]);
  });

  it("holds values while paused and saves nothing until resumed", async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    const q = createSaveQueue<string>({ delayMs: 10, save });
    q.pause();
    q.schedule("a");
    await vi.advanceTimersByTimeAsync(100);
    await q.flush();
    expect(save).not.toHaveBeenCalled();
    expect(q.pending).toBe(true);
    q.resume();
    await q.flush();
    expect(save).toHaveBeenCalledWith("a");
  });

  it("cancels a waiting value", async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    const q = createSaveQueue<string>({ delayMs: 10, save });
    q.schedule("a");
    q.cancel();
    await vi.advanceTimersByTimeAsync(100);
    await q.idle();
    expect(save).not.toHaveBeenCalled();
  });
});
