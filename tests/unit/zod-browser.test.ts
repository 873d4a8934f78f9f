// The browser's Zod setup (instrumentation-client.ts) writes Zod's configuration without importing
// Zod. This pins that Zod reads that very object: were it to keep its configuration elsewhere, the
// CSP would report the eval probe again on every page with a form.
import { afterEach, describe, expect, it } from "vitest";
import { config, z } from "zod";
import { parseWithoutEval } from "@/components/forms/zod-browser";

describe("Zod in the browser", () => {
  afterEach(() => {
    config({ jitless: false });
  });

  it("is set to parse without eval through the global Zod reads", () => {
    config({ jitless: false });
    expect(config().jitless).toBe(false);
    parseWithoutEval();
    expect(config().jitless).toBe(true);
    // Schemas still parse, and still refuse.
    const schema = z.object({ name: z.string().min(1) });
    expect(schema.parse({ name: "Kari" })).toEqual({ name: "Kari" });
    expect(schema.safeParse({ name: "" }).success).toBe(false);
  });
});
