// The plan editor's autosave while the service is unavailable (issue 15, "Faults"): a save that did
// not reach the server is tried again with backoff until it goes through, the newest value wins,
// and nothing is saved twice.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSaveQueue, RETRY, RETRY_DELAYS_MS } from "@/components/plans/editor/save-queue";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A server that is down for the first `failures` calls (answering RETRY, or throwing), then saves. */
function flakyServer(failures: number, how: "retry" | "throw" = "retry") {
  const saved: string[] = [];
  const attempts: { value: string; at: number }[] = [];
  const save = vi.fn(async (value: string) => {
    attempts.push({ value, at: Date.now() });
    if (attempts.length <= failures) {
      if (how === "throw") throw new TypeError("Failed to fetch");
      return RETRY;
    }
    saved.push(value);
    return undefined;
  });
  return { save, saved, attempts };
}

describe("the autosave queue while the server is unavailable", () => {
  it("tries a failed save again with growing waits until it goes through", async () => {
    const server = flakyServer(4);
    const q = createSaveQueue({ delayMs: 1500, save: server.save });
    const start = Date.now();
    q.schedule("typed during the outage");
    await vi.advanceTimersByTimeAsync(1500);
    expect(server.attempts).toHaveLength(1);
    expect(q.retries).toBe(1);
    expect(q.pending).toBe(true); // still waiting to be saved, never dropped
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0] + RETRY_DELAYS_MS[1] + RETRY_DELAYS_MS[2] + RETRY_DELAYS_MS[3]);
    expect(server.saved).toEqual(["typed during the outage"]);
    expect(server.attempts.map((a) => a.at - start)).toEqual([1500, 2500, 4500, 8500, 16500]);
    expect(q.retries).toBe(0);
    expect(q.pending).toBe(false);
    // Saved once: nothing more is tried.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.attempts).toHaveLength(5);
  });

  it("treats a save that throws (no answer at all) as one to try again", async () => {
    const server = flakyServer(2, "throw");
    const q = createSaveQueue({ delayMs: 100, save: server.save });
    q.schedule("a");
    await vi.advanceTimersByTimeAsync(100 + 1000 + 2000);
    expect(server.saved).toEqual(["a"]);
  });

  it("keeps waiting no longer than the last delay, however long the outage", async () => {
    const server = flakyServer(20);
    const q = createSaveQueue({ delayMs: 100, save: server.save });
    q.schedule("a");
    await vi.advanceTimersByTimeAsync(100);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    const gaps = server.attempts.slice(1).map((a, i) => a.at - server.attempts[i]!.at);
    expect(Math.max(...gaps)).toBe(RETRY_DELAYS_MS.at(-1));
    expect(server.saved).toEqual(["a"]);
  });

  it("saves the newer value instead when the user types on during the outage", async () => {
    const server = flakyServer(1);
    const q = createSaveQueue({ delayMs: 500, save: server.save });
    q.schedule("first");
    await vi.advanceTimersByTimeAsync(500); // fails; a retry is due in 1 s
    q.schedule("first and more"); // replaces the waiting value and its timer
    await vi.advanceTimersByTimeAsync(500);
    expect(server.saved).toEqual(["first and more"]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(server.attempts.map((a) => a.value)).toEqual(["first", "first and more"]);
  });

  it("a value typed while a failing save is in flight wins over the failed one", async () => {
    let release: (v: unknown) => void = () => {};
    const values: string[] = [];
    const save = vi.fn((value: string) => {
      values.push(value);
      if (values.length === 1) return new Promise((resolve) => (release = resolve));
      return Promise.resolve(undefined);
    });
    const q = createSaveQueue({ delayMs: 100, save });
    q.schedule("old");
    await vi.advanceTimersByTimeAsync(100);
    q.schedule("new");
    release(RETRY);
    await vi.advanceTimersByTimeAsync(100);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(values).toEqual(["old", "new"]);
  });

  it("flush tries at once instead of waiting for the next retry", async () => {
    const server = flakyServer(1);
    const q = createSaveQueue({ delayMs: 1500, save: server.save });
    q.schedule("a");
    await q.flush(); // the first attempt fails; a retry waits
    expect(server.saved).toEqual([]);
    expect(q.pending).toBe(true);
    await q.flush(); // "Lagre utkast": now
    expect(server.saved).toEqual(["a"]);
  });

  it("stops retrying when paused (a conflict) and when disposed", async () => {
    const server = flakyServer(100);
    const q = createSaveQueue({ delayMs: 100, save: server.save });
    q.schedule("a");
    await vi.advanceTimersByTimeAsync(100);
    q.pause();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.attempts).toHaveLength(1);
    expect(q.pending).toBe(true);
    q.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.attempts).toHaveLength(1);
  });

  it("does not retry a save the server answered, even with a refusal", async () => {
    const save = vi.fn(async () => ({ ok: false, code: "conflict" }));
    const q = createSaveQueue({ delayMs: 100, save });
    q.schedule("a");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(q.pending).toBe(false);
  });
});
