import { describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { renderToString } from "react-dom/server";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));

describe("plan editor markup", () => {
  it("renders every element with labelled fields", async () => {
    const { PlanEditor } = await import("@/components/plans/plan-editor");
    const { EMPTY_PLAN_CONTENT } = await import("@/lib/domain/plan-content");
    const html = renderToString(
      createElement(PlanEditor, {
        planId: "p1",
        version: 2,
        content: {
          ...EMPTY_PLAN_CONTENT,
          challenges: [{ id: "c1", category: "LEADERSHIP_CULTURE", challenge: "Få søkere", opportunities: "" }],
          measures: [{ id: "m1", what: "Tiltak", owner: "", due: "", status: "NOT_STARTED", challengeId: "c1" }],
          goals: [{ id: "g1", term: "LONG", description: "Mål", target: "", date: "" }],
          goalLink: { text: "", agencyGoals: ["Effektiv drift"] },
          responsibilities: [{ id: "r1", who: "", what: "" }],
        },
        saveDraft: vi.fn(),
        submitPlan: vi.fn(),
        commentsByElement: { general: [{ id: "k", body: "Bra start", authorName: "Rådgiver", createdAt: "2025-01-02T10:00:00Z", versionNumber: 1 }] },
      }),
    );
    for (const label of [
      "Kategori, utfordring 1",
      "Muligheter, utfordring 1",
      "Eier, tiltak 1",
      "Frist, tiltak 1",
      "Svarer på utfordring, tiltak 1",
      "Tidsperspektiv, mål 1",
      "Målbart mål, mål 1",
      "Virksomhetens mål 1",
      "Hvem, rad 1",
      "Vil ikke bruke programmet nå",
    ]) {
      expect(html).toContain(label);
    }
    // The sections the error summary links to, in plan order.
    const order = [...html.matchAll(/id="element-(\w+)"/g)].map((m) => m[1]);
    expect(order).toEqual(["challenges", "measures", "goals", "goalLink", "responsibilities", "traineeAssessment"]);
    expect(html).toContain("Lederes holdninger og kultur");
    expect(html).toContain("Bra start");
    expect(html).not.toMatch(/tabindex="[1-9]/);
    expect(html).toContain('role="status"');
  });
});
