// The sector plan's rules: what publishing needs, when a new version is due, what changed
// between versions; and the follow-up's status rules.
import { describe, expect, it } from "vitest";
import { followUpSchema, mandatoryDoneShare, normaliseFollowUp, statusOf } from "@/lib/domain/follow-up";
import {
  allMeasures, duplicateIds, move, publishCheck, publishProblems, sectorPlanChanges, sectorPlanContentSchema, sectorPlanState,
  type SectorPlanContent,
} from "@/lib/domain/sector-plan";
import { SECTOR_PLAN_2021 } from "../../prisma/seed-data/sector-plan-2021";

const twoThemes: SectorPlanContent = {
  title: "Handlingsplan 2022",
  introduction: "Innledning.",
  themes: [
    { id: "a", title: "Ledelse", description: "", measures: [{ id: "a1", text: "Ledere skal ta kurset.", kind: "MANDATORY", due: "" }] },
    { id: "b", title: "NAV", description: "Tekst.", measures: [{ id: "b1", text: "Virksomheten bør samarbeide med NAV.", kind: "RECOMMENDED", due: "2022-06-01" }] },
  ],
};

describe("publishing", () => {
  it("needs a title, a theme, and every theme titled with written measures", () => {
    expect(publishProblems(twoThemes)).toEqual({});
    expect(publishProblems({ title: " ", introduction: "", themes: [] })).toEqual({ title: ["Skriv en tittel."], themes: ["Legg til minst ett tema."] });
    const gaps = structuredClone(twoThemes);
    gaps.themes[0]!.title = "";
    gaps.themes[1]!.measures[0]!.text = "  ";
    gaps.themes.push({ id: "c", title: "Tom", description: "", measures: [] });
    expect(publishProblems(gaps)).toEqual({
      "themes.0.title": ["Temaet må ha en overskrift."],
      "themes.1.measures.0.text": ["Skriv hva tiltaket går ut på."],
      "themes.2.measures": ["Temaet må ha minst ett tiltak."],
    });
  });

  it("numbers versions 1, 2, …; refuses an unchanged or incomplete draft", () => {
    expect(publishCheck(twoThemes, null)).toEqual({ ok: true, number: 1 });
    expect(publishCheck(twoThemes, { number: 1, content: structuredClone(twoThemes) })).toMatchObject({ ok: false, reason: "unchanged" });
    const changed = { ...twoThemes, introduction: "Ny innledning." };
    expect(publishCheck(changed, { number: 1, content: twoThemes })).toEqual({ ok: true, number: 2 });
    expect(publishCheck({ ...changed, title: "" }, { number: 1, content: twoThemes })).toMatchObject({ ok: false, reason: "incomplete" });
  });

  it("tells a draft, a published plan and one being revised apart", () => {
    expect(sectorPlanState(twoThemes, null)).toBe("DRAFT");
    expect(sectorPlanState(twoThemes, structuredClone(twoThemes))).toBe("PUBLISHED");
    expect(sectorPlanState({ ...twoThemes, title: "Ny" }, twoThemes)).toBe("REVISING");
  });

  it("finds ids used twice", () => {
    const dup = structuredClone(twoThemes);
    dup.themes[1]!.measures.push({ id: "a1", text: "x", kind: "MANDATORY", due: "" });
    expect(duplicateIds(twoThemes)).toEqual([]);
    expect(duplicateIds(dup)).toEqual(["a1"]);
  });

  it("rejects a bad date and over-long text with Norwegian messages", () => {
    const bad = sectorPlanContentSchema.safeParse({ ...twoThemes, title: "x".repeat(301), themes: [{ ...twoThemes.themes[0], measures: [{ id: "m", text: "t", kind: "MANDATORY", due: "1.3.2021" }] }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message).sort()).toEqual(["Skriv en gyldig dato.", "Teksten er for lang."]);
  });
});

describe("what changed between two versions", () => {
  it("is empty for the same content", () => {
    expect(sectorPlanChanges(twoThemes, twoThemes)).toEqual([]);
  });

  it("follows themes and measures by id: added, removed, edited, moved, reordered", () => {
    const newer = structuredClone(twoThemes);
    newer.themes.reverse();
    newer.themes[0]!.measures[0]!.kind = "MANDATORY";
    newer.themes[0]!.measures[0]!.text = "Virksomheten skal samarbeide med NAV.";
    newer.themes[1]!.measures = [];
    newer.themes[0]!.measures.push({ id: "a1", text: "Ledere skal ta kurset.", kind: "MANDATORY", due: "" });
    newer.themes.push({ id: "c", title: "Kompetanse", description: "", measures: [{ id: "c1", text: "Nytt.", kind: "RECOMMENDED", due: "" }] });
    const kinds = sectorPlanChanges(twoThemes, newer).map((c) => c.kind);
    expect(kinds).toEqual(["themeAdded", "themesReordered", "measureText", "measureKind", "measureMoved", "measureAdded"]);
    const removed = sectorPlanChanges(newer, twoThemes).map((c) => c.kind);
    expect(removed).toContain("themeRemoved");
    expect(removed).toContain("measureRemoved");
  });
});

describe("reordering", () => {
  it("moves one place up or down and never out of the list", () => {
    expect(move(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(move(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(move(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(move(["a", "b"], 1, 1)).toEqual(["a", "b"]);
  });
});

describe("the seed plan", () => {
  it("has the six themes in order, seven measures, the NAV and e-learning ones recommended", () => {
    expect(SECTOR_PLAN_2021.themes.map((th) => th.title)).toEqual([
      "Etatsstyringsdialogen", "Lederforankring", "Kompetanse", "Rekrutteringspraksis", "Deltakelse i trainee-programmet", "Samarbeid med NAV",
    ]);
    const measures = allMeasures(SECTOR_PLAN_2021);
    expect(measures).toHaveLength(7);
    expect(measures.filter((m) => m.measure.kind === "RECOMMENDED").map((m) => m.measure.id)).toEqual(["tiltak-e-laering", "tiltak-nav"]);
    expect(duplicateIds(SECTOR_PLAN_2021)).toEqual([]);
    expect(publishProblems(SECTOR_PLAN_2021)).toEqual({});
  });
});

describe("follow-up status rules", () => {
  const base = { sectorPlanId: "p", measureId: "m", version: 0, reason: "", comment: "" };
  it("needs a reason for not relevant, next to the field", () => {
    const r = followUpSchema.safeParse({ ...base, status: "NOT_RELEVANT", reason: "  " });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toMatchObject([{ path: ["reason"], message: "Skriv hvorfor tiltaket ikke er relevant for virksomheten." }]);
    expect(followUpSchema.safeParse({ ...base, status: "NOT_RELEVANT", reason: "Ingen stillinger." }).success).toBe(true);
  });

  it("keeps comments short, and requires a known status", () => {
    expect(followUpSchema.safeParse({ ...base, status: "DONE", comment: "x".repeat(501) }).error?.issues[0]?.message).toBe("Kommentaren kan ha høyst 500 tegn.");
    expect(followUpSchema.safeParse({ ...base, status: "FINISHED" }).error?.issues[0]?.message).toBe("Velg en status.");
  });

  it("drops a reason unless the measure is not relevant", () => {
    expect(normaliseFollowUp({ status: "DONE" as const, reason: "gammel" }).reason).toBe("");
    expect(normaliseFollowUp({ status: "NOT_RELEVANT" as const, reason: "fordi" }).reason).toBe("fordi");
  });

  it("counts the share of mandatory measures done; unreported is not started", () => {
    const statuses = new Map([
      ["tiltak-etatsstyring-plan", "DONE"],
      ["tiltak-ledersamtaler", "DONE"],
      ["tiltak-trainee", "NOT_RELEVANT"],
      ["tiltak-nav", "DONE"], // recommended: not in the share
    ] as const);
    expect(mandatoryDoneShare(SECTOR_PLAN_2021, new Map(statuses))).toEqual({ done: 2, mandatory: 5, share: 0.4 });
    expect(statusOf(new Map(), "x")).toBe("NOT_STARTED");
    expect(mandatoryDoneShare({ title: "", introduction: "", themes: [] }, new Map()).share).toBeNull();
  });
});

describe("a measure's due date", () => {
  it("must be a date that exists", async () => {
    const { sectorMeasureSchema } = await import("@/lib/domain/sector-plan");
    const measure = (due: string) => sectorMeasureSchema.safeParse({ id: "m1", text: "Tiltak", kind: "MANDATORY", due });
    expect(measure("2024-02-29").success).toBe(true);
    expect(measure("").success).toBe(true);
    expect(measure("2024-02-31").success).toBe(false);
    expect(measure("2024-13-01").success).toBe(false);
  });
});
