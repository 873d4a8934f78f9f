// WEB_CONCURRENCY as the server's process count (lib/ops/cluster.ts): the operator's setting is
// read strictly, so a typo stops the start with a clear message instead of running one process.
import { describe, expect, it } from "vitest";
import { MAX_WORKERS, workerCount } from "@/lib/ops/cluster";

describe("workerCount (WEB_CONCURRENCY)", () => {
  it("is one process when unset or empty", () => {
    expect(workerCount(undefined)).toBe(1);
    expect(workerCount("")).toBe(1);
    expect(workerCount("  ")).toBe(1);
  });

  it("takes a whole number from 1 to the maximum", () => {
    expect(workerCount("1")).toBe(1);
    expect(workerCount(" 4 ")).toBe(4);
    expect(workerCount(String(MAX_WORKERS))).toBe(MAX_WORKERS);
  });

  it.each(["0", "-2", "2.5", "auto", "4 workers", "1e2", String(MAX_WORKERS + 1), "0x4"])("refuses %j, naming the setting", (value) => {
    expect(() => workerCount(value)).toThrow(/^WEB_CONCURRENCY must be a whole number from 1 to 64/);
  });
});
