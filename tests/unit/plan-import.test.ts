// A plan written in Word, split by its headings: many heading styles, missing and repeated
// headings, unknown headings and text before the first one (never dropped), an empty document;
// and the reviewed texts turned into the editor's rows.
import { describe, expect, it } from "vitest";
import { docxToHtml } from "@/lib/documents/docx-read";
import { contentFromImport, htmlBlocks, matchHeading, splitPlanHtml, textRows, validateImportedContent } from "@/lib/domain/plan-import";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import { docxOf, SAMPLE_PLAN } from "../support/plan-docx";

const codes = (html: string) => splitPlanHtml(html).warnings;

describe("matchHeading", () => {
  it.each([
    ["Utfordringer og muligheter", "challenges"],
    ["1. Utfordringer", "challenges"],
    ["UTFORDRINGER OG MULIGHETER:", "challenges"],
    ["2) Tiltak", "measures"],
    ["3.1 Planlagte tiltak", "measures"],
    ["Mål", "goals"],
    ["c) Målsettinger for 2021", "goals"],
    ["Kortsiktige og langsiktige mål", "goals"],
    ["Kobling til målet / sammenheng med 5 %-målet", "goalLink"],
    ["4. Kobling til virksomhetens mål og tjenesteproduksjon", "goalLink"],
    ["Sammenheng med 5 %-målet", "goalLink"],
    ["Ansvar", "responsibilities"],
    ["5 – Ansvarsfordeling", "responsibilities"],
    ["Roller og ansvar", "responsibilities"],
    ["Traineeprogrammet", "traineeAssessment"],
    ["6. Vurdering av traineeprogrammet i staten", "traineeAssessment"],
    ["Kapittel 2 Tiltak", "measures"],
  ])("%s → %s", (heading, element) => {
    expect(matchHeading(heading)).toBe(element);
  });

  it.each(["Innledning", "Vedlegg", "Handlingsplan for inkluderingsdugnaden", ""])("%s names no element", (heading) => {
    expect(matchHeading(heading)).toBeNull();
  });

  it("a plain paragraph is a heading only when it is one of the exact phrases", () => {
    expect(matchHeading("Tiltak", true)).toBe("measures");
    expect(matchHeading("Tiltakene skal evalueres hvert år", true)).toBeNull();
    expect(matchHeading("Tiltakene skal evalueres hvert år")).toBe("measures");
  });
});

describe("htmlBlocks", () => {
  it("reads headings, paragraphs, bold paragraphs, nested lists, tables and entities", () => {
    const html =
      "<h2>Tiltak</h2><p><strong>Fet overskrift</strong></p><p>Tekst &amp; mer&nbsp;tekst</p><ul><li>Ett<ul><li>Under</li></ul></li><li>To</li></ul><table><tr><td><p>Celle</p></td></tr></table>";
    expect(htmlBlocks(html)).toEqual([
      { kind: "heading", level: 2, text: "Tiltak" },
      { kind: "paragraph", text: "Fet overskrift", bold: true },
      { kind: "paragraph", text: "Tekst & mer tekst", bold: false },
      { kind: "item", text: "Ett" },
      { kind: "item", text: "Under" },
      { kind: "item", text: "To" },
      { kind: "paragraph", text: "Celle", bold: false },
    ]);
  });
});

describe("splitPlanHtml", () => {
  it("splits a Word document made with the docx package by its headings", async () => {
    const draft = splitPlanHtml(await docxToHtml(await docxOf(SAMPLE_PLAN)));
    expect(draft.elements.challenges).toBe("Få søkere fra målgruppen til tekniske stillinger.\n\nLedere kjenner lite til virkemidlene.");
    expect(draft.elements.measures).toBe("- Alle ledere som rekrutterer, tar DFØs kurs i inkluderende rekruttering\n- Samarbeid med NAV om praksisplasser");
    expect(draft.elements.goals).toContain("Langsiktige mål");
    expect(draft.elements.goalLink).toBe("Mangfold gir bedre tjenester til innbyggerne.");
    expect(draft.elements.responsibilities).toContain("- HR: oppfølging og rapportering");
    expect(draft.elements.traineeAssessment).toContain("to stillinger som rådgiver");
    // The title, the text before the first element and the unknown "Vedlegg" are kept.
    expect(draft.unplaced).toContain("Planen er behandlet i ledergruppen");
    expect(draft.unplaced).toContain("Vedlegg\n\nStatistikk for 2020");
    expect(draft.warnings).toEqual([
      { code: "unknownHeading", heading: "Handlingsplan for inkluderingsdugnaden 2021" },
      { code: "unknownHeading", heading: "Vedlegg" },
    ]);
  });

  it("takes bold paragraphs and plain exact phrases as headings", () => {
    const draft = splitPlanHtml("<p><strong>1. Utfordringer</strong></p><p>Få søkere.</p><p>Tiltak</p><p>Kurs for ledere.</p>");
    expect(draft.elements.challenges).toBe("Få søkere.");
    expect(draft.elements.measures).toBe("Kurs for ledere.");
  });

  it("warns of each element without a heading, and of a heading with nothing under it", () => {
    const warnings = codes("<h1>Tiltak</h1><p>Kurs.</p><h1>Ansvar</h1>");
    expect(warnings).toContainEqual({ code: "missing", element: "challenges" });
    expect(warnings).toContainEqual({ code: "missing", element: "goals" });
    expect(warnings).toContainEqual({ code: "empty", element: "responsibilities" });
    expect(warnings).not.toContainEqual({ code: "missing", element: "measures" });
  });

  it("joins an element's text when its heading comes twice, and says so", () => {
    const draft = splitPlanHtml("<h2>Tiltak</h2><p>Første.</p><h2>Mål</h2><p>Fem prosent.</p><h2>Tiltak</h2><p>Andre.</p>");
    expect(draft.elements.measures).toBe("Første.\n\nAndre.");
    expect(draft.warnings).toContainEqual({ code: "duplicate", element: "measures" });
  });

  it("keeps an unknown sub-heading inside its element, and an unknown heading of the same level out of it", () => {
    const draft = splitPlanHtml("<h2>Tiltak</h2><h3>For ledere</h3><p>Kurs.</p><h2>Økonomi</h2><p>Budsjett.</p>");
    expect(draft.elements.measures).toBe("For ledere\n\nKurs.");
    expect(draft.unplaced).toBe("Økonomi\n\nBudsjett.");
  });

  it("keeps all of a document without headings as unplaced text", () => {
    const draft = splitPlanHtml("<p>Vi skal ansette flere.</p><ul><li>Kurs</li></ul>");
    expect(draft.unplaced).toBe("Vi skal ansette flere.\n\n- Kurs");
    expect(draft.warnings[0]).toEqual({ code: "noHeadings" });
    expect(draft.warnings.filter((w) => w.code === "missing")).toHaveLength(PLAN_ELEMENTS.length);
  });

  it("an empty document gives empty elements and says there were no headings", async () => {
    const draft = splitPlanHtml(await docxToHtml(await docxOf([])));
    expect(Object.values(draft.elements).every((t) => t === "")).toBe(true);
    expect(draft.unplaced).toBe("");
    expect(draft.warnings[0]).toEqual({ code: "noHeadings" });
  });
});

describe("contentFromImport", () => {
  const texts = {
    challenges: "Få søkere.\n\nLedere vet lite.",
    measures: "- Kurs for ledere\n- Samarbeid med NAV\n1. Praksisplasser",
    goals: "Kortsiktige mål\n\n- 5 % i 2021\n\nLangsiktige mål\n\n- Inkludering i all rekruttering",
    goalLink: "Bedre tjenester.",
    responsibilities: "- Toppleder: forankring\n- HR har ansvar for oppfølging",
    traineeAssessment: "Vi bruker programmet.",
  };

  it("makes one row per paragraph or list item", () => {
    expect(textRows("En linje\nsom fortsetter\n\n- Punkt\n• Punkt to\n\n")).toEqual(["En linje som fortsetter", "Punkt", "Punkt to"]);
    const content = contentFromImport(texts);
    expect(content.challenges.map((c) => c.challenge)).toEqual(["Få søkere.", "Ledere vet lite."]);
    expect(content.measures.map((m) => m.what)).toEqual(["Kurs for ledere", "Samarbeid med NAV", "Praksisplasser"]);
    expect(content.measures.every((m) => m.status === "NOT_STARTED" && m.owner === "")).toBe(true);
    expect(content.goals.map((g) => [g.term, g.description])).toEqual([
      ["SHORT", "5 % i 2021"],
      ["LONG", "Inkludering i all rekruttering"],
    ]);
    expect(content.goalLink.text).toBe("Bedre tjenester.");
    expect(content.responsibilities).toEqual([
      { id: "imp-r1", who: "Toppleder", what: "forankring" },
      { id: "imp-r2", who: "", what: "HR har ansvar for oppfølging" },
    ]);
    expect(content.trainee).toEqual({ decision: null, positions: "", count: null, reasoning: "Vi bruker programmet." });
  });

  it("refuses per element what the plan cannot hold", () => {
    expect(validateImportedContent(texts).ok).toBe(true);
    const tooMany = validateImportedContent({ ...texts, measures: Array.from({ length: 51 }, (_, i) => `- Tiltak ${i}`).join("\n") });
    expect(tooMany).toEqual({ ok: false, problems: { measures: "tooMany" } });
    const tooLong = validateImportedContent({ ...texts, traineeAssessment: "x".repeat(5_001) });
    expect(tooLong).toEqual({ ok: false, problems: { traineeAssessment: "tooLong" } });
  });
});
