// An expected error is answered with its status even when it was thrown by another copy of the
// module: Next bundles lib/data/errors.ts once per layer, and the one Prisma client (made by
// whichever layer came first) throws from its copy. With `instanceof`, a route handler answered a
// NUL in an id with 500 instead of 404 (e2e/hardening.spec.ts).
import { describe, expect, it, vi } from "vitest";

describe("isExpectedError", () => {
  it("recognises an expected error from another copy of the module", async () => {
    const first = await import("@/lib/data/errors");
    vi.resetModules();
    const second = await import("@/lib/data/errors");
    expect(second.ExpectedError).not.toBe(first.ExpectedError);
    const error = new first.ExpectedError("Fant ikke det du ba om.", "not_found");
    expect(second.isExpectedError(error)).toBe(true);
    expect(second.isExpectedError(new Error("Fant ikke det du ba om."))).toBe(false);
    expect(second.isExpectedError({ code: "not_found", message: "x" })).toBe(false);
    expect(second.isExpectedError(null)).toBe(false);
  });
});
