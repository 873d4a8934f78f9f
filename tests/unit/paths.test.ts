import { describe, expect, it } from "vitest";
import { safeLocalPath } from "@/lib/domain/paths";

describe("where to go after signing in", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeLocalPath("/planer/abc?x=1")).toBe("/planer/abc?x=1");
    expect(safeLocalPath(undefined)).toBe("/");
  });

  it("never leaves the site", () => {
    for (const evil of ["//evil.example", "/\\evil.example", "https://evil.example/x", "\\\\evil.example", "/\u0000x", "javascript:alert(1)"]) {
      expect(safeLocalPath(evil)).toBe("/");
    }
  });
});
