// The plan's content as text (version comparison and PDF): what a reader checks.
import { describe, expect, it } from "vitest";
import { EMPTY_PLAN_CONTENT, type PlanContent } from "@/lib/domain/plan-content";
import { formatPlanDate, planElementText, planText, shorten } from "@/lib/domain/plan-text";
import { planText as labels } from "@/lib/i18n/plan-nb";

const CONTENT: PlanContent = {
  challenges: [
    {
      id: "c1",
      category: "RECRUITMENT_PRACTICE",
      challenge: "Få søkere med nedsatt funksjonsevne eller hull i CV-en melder seg på utlysningene våre.",
      opportunities: "Samarbeid med NAV.\nBruke traineeprogrammet.",
    },
    { id: "c2", category: "LEADERSHIP_CULTURE", challenge: "Ledere er usikre på tilrettelegging.", opportunities: "Kurs." },
  ],
  measures: [
    { id: "m1", what: "Kurs for ledere i inkluderende rekruttering.", owner: "HR-avdelingen", due: "2021-03-01", status: "UNDER_WAY", challengeId: "c1" },
    { id: "m2", what: "Gå gjennom utlysningstekstene.", owner: "", due: "", status: "NOT_STARTED", challengeId: "" },
  ],
  goals: [
    { id: "g2", term: "LONG", description: "5 % av nytilsatte fra målgruppen.", target: "5 %", date: "2023-12-31" },
    { id: "g1", term: "SHORT", description: "Én tilsetting i målgruppen.", target: "1 tilsetting", date: "2021-12-31" },
  ],
  goalLink: { text: "Bedre tjenester når de ansatte speiler befolkningen.", agencyGoals: ["Brukerne får likeverdige tjenester"] },
  responsibilities: [{ id: "r1", who: "HR-sjefen", what: "Følger opp planen." }],
  trainee: { decision: "NOT_NOW", positions: "", count: null, reasoning: "Vi har ingen ledige stillinger som passer i 2021." },
};

describe("planElementText", () => {
  it("writes one line per measure with owner, Norwegian due date, status and the challenge it answers", () => {
    const lines = planElementText(CONTENT, "measures").split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      "Tiltak: Kurs for ledere i inkluderende rekruttering. | Eier: HR-avdelingen | Frist: 1.3.2021 | Status: Under arbeid | Svarer på: Få søkere med nedsatt funksjonsevne eller hull i CV-en…",
    );
    // What is missing is visible as missing, not left out.
    expect(lines[1]).toBe("Tiltak: Gå gjennom utlysningstekstene. | Eier: – | Frist: – | Status: Ikke startet");
  });

  it("shows the reasoning when the agency will not use the trainee programme now", () => {
    const text = planElementText(CONTENT, "traineeAssessment");
    expect(text).toContain("Beslutning: Vil ikke bruke programmet nå");
    expect(text).toContain("Begrunnelse: Vi har ingen ledige stillinger som passer i 2021.");
    // A NOT_NOW decision without reasoning shows that the reasoning is missing.
    const without = planElementText({ ...CONTENT, trainee: { ...CONTENT.trainee, reasoning: "" } }, "traineeAssessment");
    expect(without).toContain("Begrunnelse: –");
  });

  it("names the challenge's category and keeps the opportunities' line breaks", () => {
    const text = planElementText(CONTENT, "challenges");
    expect(text).toContain("Kategori: Rekrutteringspraksis\nUtfordring: Få søkere");
    expect(text).toContain("Muligheter: Samarbeid med NAV.\nBruke traineeprogrammet.");
    expect(text).toContain("Kategori: Lederes holdninger og kultur");
  });

  it("lists short-term goals before long-term ones, with target and date", () => {
    expect(planElementText(CONTENT, "goals").split("\n")).toEqual([
      "Kortsiktig mål: Én tilsetting i målgruppen. | Målbart mål: 1 tilsetting | Innen: 31.12.2021",
      "Langsiktig mål: 5 % av nytilsatte fra målgruppen. | Målbart mål: 5 % | Innen: 31.12.2023",
    ]);
  });

  it("writes responsibilities and the goal link", () => {
    expect(planElementText(CONTENT, "responsibilities")).toBe("Hvem: HR-sjefen | Ansvar for: Følger opp planen.");
    expect(planElementText(CONTENT, "goalLink")).toBe(
      "Bedre tjenester når de ansatte speiler befolkningen.\n\nVirksomhetens mål:\n- Brukerne får likeverdige tjenester",
    );
  });

  it("says an empty element is not filled in", () => {
    for (const element of ["challenges", "measures", "goals", "goalLink", "responsibilities", "traineeAssessment"] as const) {
      expect(planElementText(EMPTY_PLAN_CONTENT, element)).toBe("Ikke fylt ut.");
    }
  });
});

describe("planText", () => {
  it("has all six elements with their titles, in order", () => {
    const text = planText(CONTENT);
    const positions = Object.values(labels.elements).map((title) => text.indexOf(`${title}\n`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text.startsWith("Utfordringer og muligheter\n")).toBe(true);
  });
});

describe("helpers", () => {
  it("formats dates as d.m.yyyy and leaves empty dates empty", () => {
    expect(formatPlanDate("2021-03-01")).toBe("1.3.2021");
    expect(formatPlanDate("")).toBe("");
  });

  it("shortens at a word boundary", () => {
    expect(shorten("Kort tekst")).toBe("Kort tekst");
    expect(shorten("en to tre fire fem seks sju åtte", 20)).toBe("en to tre fire fem…");
  });
});
