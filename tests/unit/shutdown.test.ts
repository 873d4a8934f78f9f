// The graceful stop's settings and order (issue 15, "Faults"): SHUTDOWN_TIMEOUT_MS is checked as
// the server starts, and each hook is told how much of the stop's time is left, so that the job
// worker gives up its jobs in flight (to be retried) in time for the database connections to close
// before the server gives up and exits 1.
import { describe, expect, it } from "vitest";
import { DEFAULT_SHUTDOWN_TIMEOUT_MS, onShutdown, runShutdownHooks, shutdownTimeoutMs } from "@/lib/ops/shutdown";

describe("SHUTDOWN_TIMEOUT_MS", () => {
  it("is 25 s when unset or blank, else the whole milliseconds given", () => {
    expect(DEFAULT_SHUTDOWN_TIMEOUT_MS).toBe(25_000);
    expect(shutdownTimeoutMs(undefined)).toBe(25_000);
    expect(shutdownTimeoutMs("")).toBe(25_000);
    expect(shutdownTimeoutMs("  ")).toBe(25_000);
    expect(shutdownTimeoutMs("10000")).toBe(10_000);
    expect(shutdownTimeoutMs(" 60000 ")).toBe(60_000);
  });

  it("stops the start with a message for anything else (not a stop that gives up at once)", () => {
    for (const bad of ["abc", "0", "-5", "1.5", "999", "600001", "25s", "1e4"]) {
      expect(() => shutdownTimeoutMs(bad), bad).toThrow(`SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds from 1000 to 600000, not "${bad}"`);
    }
  });
});

describe("runShutdownHooks", () => {
  it("runs the hooks in order, each told the time left before the deadline, and goes on past a failure", async () => {
    const calls: { name: string; msLeft: number }[] = [];
    const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    onShutdown({ name: "last", order: 90, run: async (msLeft) => void calls.push({ name: "last", msLeft }) });
    onShutdown({ name: "first", order: 10, run: async (msLeft) => (calls.push({ name: "first", msLeft }), sleep(300)) });
    onShutdown({ name: "failing", order: 50, run: async () => Promise.reject(new Error("boom")) });
    const failed: string[] = [];
    const done: string[] = [];
    await runShutdownHooks({ deadline: Date.now() + 5_000, onError: (name) => failed.push(name), onDone: (name) => done.push(name) });
    expect(calls.map((c) => c.name)).toEqual(["first", "last"]);
    expect(calls[0]!.msLeft).toBeGreaterThan(4_800);
    expect(calls[0]!.msLeft).toBeLessThanOrEqual(5_000);
    // The first hook's 300 ms are gone from what the last one is told.
    expect(calls[1]!.msLeft).toBeLessThanOrEqual(calls[0]!.msLeft - 250);
    expect(failed).toEqual(["failing"]);
    expect(done).toEqual(["first", "last"]);
  });

  it("tells a hook 0 ms, never a negative time, once the deadline has passed", async () => {
    let told = -1;
    onShutdown({ name: "late", order: 1, run: async (msLeft) => void (told = msLeft) });
    await runShutdownHooks({ deadline: Date.now() - 1_000 });
    expect(told).toBe(0);
  });
});
