// Next year's sector plan from the published one, and the carry-over rules: kept measures carry
// their follow-up, removed ones are closed (also when a new version of the same year removes
// them), new ones start afresh.
import { describe, expect, it } from "vitest";
import { allMeasures, type SectorPlanContent } from "@/lib/domain/sector-plan";
import { measureCarryOver, measureEnds, nextYearContent, type PublishedVersion } from "@/lib/domain/sector-plan-succession";
import { sectorPlanText as t } from "@/lib/i18n/sector-plan-nb";
import { SECTOR_PLAN_2021 } from "../../prisma/seed-data/sector-plan-2021";

const at = (iso: string) => new Date(iso);
const without = (c: SectorPlanContent, measureId: string): SectorPlanContent => ({
  ...c,
  themes: c.themes.map((th) => ({ ...th, measures: th.measures.filter((m) => m.id !== measureId) })),
});
const withMeasure = (c: SectorPlanContent, themeIndex: number, id: string, text: string): SectorPlanContent => ({
  ...c,
  themes: c.themes.map((th, i) => (i === themeIndex ? { ...th, measures: [...th.measures, { id, text, kind: "MANDATORY" as const, due: "" }] } : th)),
});

describe("next year's plan from the published one", () => {
  it("keeps every theme and measure with its id and moves the title's year on", () => {
    const next = nextYearContent(SECTOR_PLAN_2021, 2021);
    expect(next.title).toBe("Handlingsplan 2022 – Oppfølging av inkluderingsdugnaden i KMD-sektoren");
    expect(allMeasures(next).map((x) => [x.measure.id, x.measure.text])).toEqual(allMeasures(SECTOR_PLAN_2021).map((x) => [x.measure.id, x.measure.text]));
    expect(next.introduction).toBe(SECTOR_PLAN_2021.introduction);
  });

  it("changes only the year as a whole number in the title, and leaves the published content as it was", () => {
    const published = { ...SECTOR_PLAN_2021, title: "Plan 2021 (til 12021) for 2021" };
    const next = nextYearContent(published, 2021);
    expect(next.title).toBe("Plan 2022 (til 12021) for 2022");
    next.themes[0]!.measures[0]!.text = "Endret";
    expect(published.title).toBe("Plan 2021 (til 12021) for 2021");
    expect(SECTOR_PLAN_2021.themes[0]!.measures[0]!.text).not.toBe("Endret");
    expect(nextYearContent({ ...SECTOR_PLAN_2021, title: "Handlingsplan" }, 2021).title).toBe("Handlingsplan");
  });
});

describe("carrying the follow-up over", () => {
  it("sorts the measures into kept, removed and new, by id, whatever their text or place", () => {
    let next = without(nextYearContent(SECTOR_PLAN_2021, 2021), "tiltak-nav");
    next = withMeasure(next, 1, "tiltak-ny", "Ledere skal delta på samling.");
    next.themes[0]!.measures[0]!.text = "Omskrevet tekst";
    next.themes.reverse();
    const { kept, removed, added } = measureCarryOver(SECTOR_PLAN_2021, next);
    expect(removed).toEqual(["tiltak-nav"]);
    expect(added).toEqual(["tiltak-ny"]);
    expect(kept).toEqual(allMeasures(SECTOR_PLAN_2021).map((x) => x.measure.id).filter((id) => id !== "tiltak-nav"));
  });
});

describe("where a measure's follow-up ends", () => {
  const v1: PublishedVersion = { number: 1, publishedAt: at("2021-01-20T12:00:00Z"), content: SECTOR_PLAN_2021 };

  it("nothing has ended while the plan is the newest", () => {
    const { ends, former } = measureEnds([v1], null);
    expect(ends.size).toBe(0);
    expect(former).toEqual([]);
  });

  it("next year's plan published: kept measures continue there, removed ones are closed on its publication day", () => {
    const next2022 = without(withMeasure(SECTOR_PLAN_2021, 0, "tiltak-ny", "Nytt."), "tiltak-nav");
    const published = at("2022-01-14T23:30:00Z"); // 15 January in Norway
    const { ends } = measureEnds([v1], { planId: "p2022", year: 2022, first: { number: 1, publishedAt: published, content: next2022 } });
    expect(ends.get("tiltak-nav")).toEqual({ kind: "notContinued", at: published, year: 2022 });
    expect(ends.get("tiltak-trainee")).toEqual({ kind: "continued", at: published, year: 2022, planId: "p2022" });
    expect(ends.has("tiltak-ny")).toBe(false);
    expect(ends.size).toBe(allMeasures(SECTOR_PLAN_2021).length);
    expect(t.measureEnd(ends.get("tiltak-nav")!)).toBe("Avsluttet 15.1.2022 (ikke videreført i handlingsplan 2022)");
    expect(t.measureEnd(ends.get("tiltak-trainee")!)).toBe("Videreført i handlingsplan 2022 fra 15.1.2022");
  });

  it("a measure a new version of the same year removes is closed with that version, and listed with its theme as it was", () => {
    const v2: PublishedVersion = { number: 2, publishedAt: at("2021-06-01T08:00:00Z"), content: without(SECTOR_PLAN_2021, "tiltak-e-laering") };
    const v3: PublishedVersion = { number: 3, publishedAt: at("2021-09-01T08:00:00Z"), content: v2.content };
    const { ends, former } = measureEnds([v3, v1, v2], null);
    expect(ends.get("tiltak-e-laering")).toEqual({ kind: "removed", at: v2.publishedAt, version: 2 });
    expect(former.map((x) => [x.measure.id, x.theme.title, x.number])).toEqual([["tiltak-e-laering", "Kompetanse", "3.2"]]);
    expect(t.measureEnd(ends.get("tiltak-e-laering")!)).toBe("Avsluttet 1.6.2021 (fjernet i versjon 2 av planen)");
  });

  it("a measure removed and then put back is open again", () => {
    const v2: PublishedVersion = { number: 2, publishedAt: at("2021-06-01T08:00:00Z"), content: without(SECTOR_PLAN_2021, "tiltak-nav") };
    const v3: PublishedVersion = { number: 3, publishedAt: at("2021-09-01T08:00:00Z"), content: SECTOR_PLAN_2021 };
    expect(measureEnds([v1, v2, v3], null).ends.size).toBe(0);
  });
});
