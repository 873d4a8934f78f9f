// The chapter IV text on the inclusion drive: the figures in words (singular, plural, zero), the
// permanent/temporary table, whether the goal was reached, and the narrative prefilled from the
// agency's plan and its follow-up of the sector plan as of the year.
import { formatShare } from "@/lib/domain/format";
import { reachesGoal } from "@/lib/domain/shares";
import { describe, expect, it } from "vitest";
import {
  annualReportTextSchema, chapterBlocks, chapterPlainText, countText, endOfYear, figureBlocks, narrativeBlocks,
  parseChapterYear, prefillNarrative, type ChapterBlock, type ChapterCounts, type ChapterSource, type FollowUpSource, type PlanSource,
} from "@/lib/domain/annual-report";
import { EMPTY_PLAN_CONTENT, type PlanContent } from "@/lib/domain/plan-content";
import { annualReportText as t } from "@/lib/i18n/annual-report-nb";

const counts = (permanentTotal: number, permanentTarget: number, temporaryTotal = 0, temporaryTarget = 0, trainees = 0): ChapterCounts => ({
  permanentTotal, permanentTarget, temporaryTotal, temporaryTarget, trainees,
});
const text = (blocks: ChapterBlock[]) => chapterPlainText(blocks);
const tableOf = (blocks: ChapterBlock[]) => blocks.find((b): b is Extract<ChapterBlock, { kind: "table" }> => b.kind === "table");
const NBSP = "\u00a0";

describe("words for counts", () => {
  it("says 'ingen' for zero, the singular for one and the plural from two", () => {
    expect(countText(0, t.words.newHire)).toBe("ingen nytilsatte");
    expect(countText(1, t.words.newHire)).toBe("1 nytilsatt");
    expect(countText(2, t.words.newHire)).toBe("2 nytilsatte");
    expect(countText(1, t.words.permanent)).toBe("1 i fast stilling");
    expect(countText(3, t.words.temporary)).toBe("3 i midlertidige stillinger");
    expect(countText(1, t.words.trainee)).toBe("1 trainee i traineeprogrammet i staten");
    expect(countText(1234, t.words.newHire)).toBe(`1${NBSP}234 nytilsatte`);
  });
});

describe("the goal and the share", () => {
  it("is reached when target × 100 ≥ 5 × total, exactly", () => {
    expect(reachesGoal(1, 20)).toBe(true); // 5,0 %
    expect(reachesGoal(1, 21)).toBe(false); // 4,76 %
    expect(reachesGoal(149, 2998)).toBe(false); // 4,97 %
    expect(reachesGoal(0, 0)).toBe(false);
  });

  it("shows one decimal, so that a share under 5 % never reads 5,0 %", () => {
    expect(formatShare(2, 19)).toBe(`10,5${NBSP}%`); // DFØ's example
    expect(formatShare(1, 20)).toBe(`5,0${NBSP}%`);
    expect(formatShare(149, 2998)).toBe(`4,9${NBSP}%`);
    expect(formatShare(1, 21)).toBe(`4,8${NBSP}%`);
    expect(formatShare(3, 3)).toBe(`100,0${NBSP}%`);
  });
});

describe("the figures of the year", () => {
  it("writes DFØ's example: 18 + 1 hires, 2 in the target group, 10,5 %, with the table and the goal reached", () => {
    const blocks = figureBlocks("Distriktssenteret", 2021, counts(18, 2, 1, 0));
    const s = text(blocks);
    expect(s).toContain("Distriktssenteret hadde 19 nytilsatte i 2021: 18 i faste stillinger og 1 i midlertidig stilling.");
    expect(s).toContain(`Av dem var 2 i målgruppen for inkluderingsdugnaden (personer med nedsatt funksjonsevne eller hull i CV-en), en andel på 10,5${NBSP}%.`);
    expect(s).toContain("Målet om at minst 5 prosent av de nytilsatte skal være i målgruppen, ble nådd.");
    expect(tableOf(blocks)?.rows).toEqual([
      { label: "Faste stillinger", hires: "18", target: "2" },
      { label: "Midlertidige stillinger", hires: "1", target: "0" },
      { label: "Traineer i traineeprogrammet i staten (alle i målgruppen)", hires: "0", target: "0" },
      { label: "Totalt", hires: "19", target: "2", total: true },
      { label: "Andel i målgruppen", hires: "", target: `10,5${NBSP}%` },
    ]);
    expect(tableOf(blocks)?.head).toEqual(["Stillinger", "Nytilsatte", "Av dem i målgruppen"]);
  });

  it("says the goal was not reached below 5 %, with a share that does not read as reached", () => {
    const s = text(figureBlocks("Kartverket", 2021, counts(13, 1, 8, 0)));
    expect(s).toContain(`Av dem var 1 i målgruppen for inkluderingsdugnaden (personer med nedsatt funksjonsevne eller hull i CV-en), en andel på 4,8${NBSP}%.`);
    expect(s).toContain("ble ikke nådd.");
    expect(s).not.toContain("ble nådd.");
  });

  it("reaches the goal at exactly 5 %", () => {
    const s = text(figureBlocks("Datatilsynet", 2021, counts(16, 1, 4, 0)));
    expect(s).toContain(`en andel på 5,0${NBSP}%`);
    expect(s).toContain(", ble nådd.");
  });

  it("says 'ingen nytilsatte i målgruppen' when none were, and the goal not reached", () => {
    const s = text(figureBlocks("DiBK", 2021, counts(14, 0, 2, 0)));
    expect(s).toContain("DiBK hadde 16 nytilsatte i 2021: 14 i faste stillinger og 2 i midlertidige stillinger.");
    expect(s).toContain("Ingen av de nytilsatte var i målgruppen for inkluderingsdugnaden");
    expect(s).toContain("ble ikke nådd.");
    expect(tableOf(figureBlocks("DiBK", 2021, counts(14, 0, 2, 0)))?.rows.at(-1)).toEqual({ label: "Andel i målgruppen", hires: "", target: `0,0${NBSP}%` });
  });

  it("names a year without new hires, with no table and no share", () => {
    const blocks = figureBlocks("HTU", 2022, counts(0, 0));
    expect(text(blocks)).toBe("HTU hadde ingen nytilsatte i 2022, og dermed ingen nytilsatte i målgruppen. Måloppnåelsen kan ikke vurderes for et år uten nytilsatte.");
    expect(tableOf(blocks)).toBeUndefined();
  });

  it("gives only the number of new hires below 5 (singular for one): no split, no target group, no share", () => {
    const one = text(figureBlocks("HTU", 2020, counts(1, 1)));
    expect(one).toMatch(/^HTU hadde 1 nytilsatt i 2020\. Av personvernhensyn oppgir vi verken/);
    const four = figureBlocks("HTU", 2020, counts(2, 0, 1, 0, 1));
    expect(text(four)).toMatch(/^HTU hadde 4 nytilsatte i 2020\. /);
    expect(text(four)).not.toContain("%");
    expect(text(four)).not.toContain("trainee");
    expect(tableOf(four)).toBeUndefined();
  });

  it("counts trainees once, all in the target group, in the text and the table", () => {
    const blocks = figureBlocks("Statsbygg", 2021, counts(10, 0, 3, 0, 1));
    const s = text(blocks);
    expect(s).toContain("Statsbygg hadde 14 nytilsatte i 2021: 10 i faste stillinger, 3 i midlertidige stillinger og 1 trainee i traineeprogrammet i staten.");
    expect(s).toContain(`Av dem var 1 i målgruppen`);
    expect(s).toContain(`en andel på 7,1${NBSP}%`);
    expect(s).toContain("Traineen i traineeprogrammet i staten er i målgruppen og er telt med én gang.");
    const rows = tableOf(blocks)!.rows;
    expect(rows[2]).toEqual({ label: "Traineer i traineeprogrammet i staten (alle i målgruppen)", hires: "1", target: "1" });
    expect(rows[3]).toEqual({ label: "Totalt", hires: "14", target: "1", total: true });
    expect(text(figureBlocks("Statsbygg", 2021, counts(10, 0, 0, 0, 2)))).toContain(
      "Statsbygg hadde 12 nytilsatte i 2021: 10 i faste stillinger og 2 traineer i traineeprogrammet i staten. Av dem var 2 i målgruppen",
    );
    expect(text(figureBlocks("Statsbygg", 2021, counts(10, 0, 0, 0, 2)))).toContain("Traineene i traineeprogrammet i staten er alle i målgruppen");
  });

  it("says 'alle' when every hire is of one kind, and when every hire is in the target group", () => {
    expect(text(figureBlocks("Valgdirektoratet", 2021, counts(6, 0)))).toContain("Valgdirektoratet hadde 6 nytilsatte i 2021, alle i faste stillinger.");
    expect(text(figureBlocks("Valgdirektoratet", 2021, counts(0, 0, 5, 5)))).toContain(
      `hadde 5 nytilsatte i 2021, alle i midlertidige stillinger. Alle de nytilsatte var i målgruppen for inkluderingsdugnaden (personer med nedsatt funksjonsevne eller hull i CV-en), en andel på 100,0${NBSP}%.`,
    );
  });

  it("says when the year is not reported", () => {
    expect(text(figureBlocks("Husbanken", 2022, null))).toBe("Tallene for 2022 er ikke rapportert ennå.");
  });
});

// A plan with every element the prefill takes from.
const PLAN: PlanContent = {
  ...EMPTY_PLAN_CONTENT,
  challenges: [
    { id: "c1", category: "RECRUITMENT_PRACTICE", challenge: "Få søkere i målgruppen\nnår fram.", opportunities: "Bedre utlysninger." },
    { id: "c2", category: "LEADERSHIP_CULTURE", challenge: "  ", opportunities: "" },
  ],
  measures: [
    { id: "m1", what: "Oppfordre målgruppen til å søke i alle utlysninger.", owner: "HR", due: "2021-01-01", status: "DONE", challengeId: "c1" },
    { id: "m2", what: "Samarbeid med NAV", owner: "HR", due: "2021-06-01", status: "UNDER_WAY", challengeId: "" },
    { id: "m3", what: "", owner: "", due: "", status: "NOT_STARTED", challengeId: "" },
  ],
  goals: [
    { id: "g1", term: "SHORT", description: "Minst én tilsetting i målgruppen i 2021.", target: "1 tilsetting", date: "2021-12-31" },
    { id: "g2", term: "LONG", description: "Nå 5 prosent.", target: "", date: "" },
  ],
  responsibilities: [
    { id: "r1", who: "Direktør", what: "Har det overordnede ansvaret." },
    { id: "r2", who: "HR", what: "Utlysninger og rapportering." },
  ],
  trainee: { decision: "WILL_USE", positions: "rådgiverstillinger", count: 1, reasoning: "" },
};
const LATER_PLAN: PlanContent = {
  ...PLAN,
  measures: [{ id: "m9", what: "Et tiltak fra planen sendt inn i 2022", owner: "HR", due: "2022-06-01", status: "NOT_STARTED", challengeId: "" }],
};
const plans: PlanSource[] = [
  { number: 1, submittedAt: new Date("2020-11-20T11:15:00Z"), content: PLAN },
  // Submitted 00:30 on 1 January 2022, Norwegian time: after 2021.
  { number: 2, submittedAt: new Date("2021-12-31T23:30:00Z"), content: LATER_PLAN },
];
const followUp: FollowUpSource = {
  title: "Handlingsplan 2021 – Oppfølging av inkluderingsdugnaden i KMD-sektoren",
  measures: [
    {
      id: "tiltak-etatsstyring",
      text: "Det skal legges en plan for oppfølgingen.",
      reports: [{ at: new Date("2021-02-10T10:00:00Z"), status: "DONE", reason: "", comment: "Plan lagt fram 9. februar." }],
    },
    {
      id: "tiltak-kompetanse",
      text: "Virksomheten skal sette mangfold på kompetanseplanen.",
      reports: [
        { at: new Date("2021-04-12T10:00:00Z"), status: "IN_PROGRESS", reason: "", comment: "Kursene tas i høst." },
        // Reported done after the year: not in 2021's text.
        { at: new Date("2022-02-01T10:00:00Z"), status: "DONE", reason: "", comment: "Alle har tatt kursene." },
      ],
    },
    {
      id: "tiltak-trainee",
      text: "Vurdere traineeprogrammet.",
      reports: [{ at: new Date("2021-12-31T22:59:00Z"), status: "NOT_RELEVANT", reason: "Ingen ledige stillinger.", comment: "" }],
    },
    // First reported after the year: not in 2021's text at all.
    { id: "tiltak-nav", text: "Samarbeid med det lokale NAV-kontoret.", reports: [{ at: new Date("2022-01-15T10:00:00Z"), status: "DONE", reason: "", comment: "Avtale inngått." }] },
    // Never reported.
    { id: "tiltak-e-laering", text: "E-læringskurs i mangfoldsrekruttering.", reports: [] },
  ],
};
const source = (over: Partial<ChapterSource> = {}): ChapterSource => ({ agencyName: "Datatilsynet", year: 2021, counts: counts(16, 1, 4, 0), plans, followUp, ...over });

describe("the narrative prefilled from the plan and the follow-up, as of the year", () => {
  it("ends the year at midnight in Norway", () => {
    expect(endOfYear(2021).toISOString()).toBe("2021-12-31T23:00:00.000Z");
  });

  it("organisation: the plan's responsibilities and its decision on the trainee programme", () => {
    expect(prefillNarrative(source()).organisation).toBe(
      "Ansvaret for inkluderingsdugnaden er fordelt slik i handlingsplanen vår:\n- Direktør: Har det overordnede ansvaret.\n- HR: Utlysninger og rapportering.\n\n" +
        "Vi har bestemt å bruke traineeprogrammet i staten, for rådgiverstillinger. Vi planlegger 1 trainee.",
    );
  });

  it("assessment: the share against the goal, and the plan's goals", () => {
    expect(prefillNarrative(source()).assessment).toBe(
      `Andelen nytilsatte i målgruppen var 5,0${NBSP}% i 2021. Målet om at minst 5 prosent av de nytilsatte skal være i målgruppen, ble nådd.\n\n` +
        "Målene i handlingsplanen vår:\n- Kortsiktig mål: Minst én tilsetting i målgruppen i 2021 (mål: 1 tilsetting, innen 31.12.2021)\n- Langsiktig mål: Nå 5 prosent.",
    );
    expect(prefillNarrative(source({ counts: counts(20, 0) })).assessment).toMatch(/^Andelen nytilsatte i målgruppen var 0,0\u00a0% i 2021\. .*ble ikke nådd\./);
    expect(prefillNarrative(source({ counts: counts(3, 1) })).assessment).toMatch(/^Vi hadde færre enn 5 nytilsatte i 2021 og oppgir derfor ikke andelen\./);
    expect(prefillNarrative(source({ counts: counts(0, 0) })).assessment).toMatch(/^Vi hadde ingen nytilsatte i 2021, så måloppnåelsen kan ikke vurderes/);
    expect(prefillNarrative(source({ counts: null })).assessment).toMatch(/^Tallene for 2021 er ikke rapportert ennå\./);
  });

  it("challenges: the plan's challenges that were written, with their category", () => {
    expect(prefillNarrative(source()).challenges).toBe("Utfordringene vi beskrev i handlingsplanen:\n- Rekrutteringspraksis: Få søkere i målgruppen når fram.");
  });

  it("what worked: the plan's measures with their status, and the sector plan's measures reported by the end of the year", () => {
    const { whatWorked } = prefillNarrative(source());
    expect(whatWorked).toBe(
      "Tiltakene i handlingsplanen vår, med status slik den var da planen ble sendt inn 20.11.2020:\n" +
        "- Oppfordre målgruppen til å søke i alle utlysninger (gjennomført)\n- Samarbeid med NAV (under arbeid)\n\n" +
        "Oppfølgingen av Handlingsplan 2021 – Oppfølging av inkluderingsdugnaden i KMD-sektoren, med status per 31.12.2021:\n" +
        "- Det skal legges en plan for oppfølgingen (gjennomført): Plan lagt fram 9. februar.\n" +
        "- Virksomheten skal sette mangfold på kompetanseplanen (under arbeid): Kursene tas i høst.\n" +
        "- Vurdere traineeprogrammet (ikke relevant): Ingen ledige stillinger.",
    );
    // Reported after the year: neither the later status nor the measure first reported in 2022.
    expect(whatWorked).not.toContain("Alle har tatt kursene");
    expect(whatWorked).not.toContain("NAV-kontoret");
    expect(whatWorked).not.toContain("E-læringskurs");
    // The plan submitted after the year is not used.
    expect(whatWorked).not.toContain("sendt inn i 2022");
  });

  it("takes the later plan and the later reports for the year after", () => {
    const { whatWorked } = prefillNarrative(source({ year: 2022 }));
    expect(whatWorked).toContain("Et tiltak fra planen sendt inn i 2022 (ikke startet)");
    expect(whatWorked).toContain("sendt inn 1.1.2022");
    expect(whatWorked).toContain("Virksomheten skal sette mangfold på kompetanseplanen (gjennomført): Alle har tatt kursene.");
    expect(whatWorked).toContain("Samarbeid med det lokale NAV-kontoret (gjennomført): Avtale inngått.");
  });

  it("is empty where neither a plan nor a follow-up existed by the end of the year", () => {
    const n = prefillNarrative(source({ year: 2019, counts: counts(10, 0) }));
    expect(n).toEqual({
      organisation: "",
      assessment: `Andelen nytilsatte i målgruppen var 0,0${NBSP}% i 2019. Målet om at minst 5 prosent av de nytilsatte skal være i målgruppen, ble ikke nådd.`,
      challenges: "",
      whatWorked: "",
    });
  });
});

describe("the chapter as a document", () => {
  it("has the title, the figures and each section of the narrative under its heading, lists as lists", () => {
    const n = prefillNarrative(source());
    const blocks = chapterBlocks("Datatilsynet", 2021, counts(16, 1, 4, 0), n);
    expect(blocks.slice(0, 3)).toEqual([
      { kind: "title", text: "Inkluderingsdugnaden – Datatilsynet" },
      { kind: "subtitle", text: "Årsrapport 2021, kapittel IV Styring og kontroll i virksomheten" },
      { kind: "heading", text: "Nytilsatte i 2021" },
    ]);
    expect(blocks.filter((b) => b.kind === "heading").map((b) => (b as { text: string }).text)).toEqual([
      "Nytilsatte i 2021",
      "Hvordan rekrutteringsarbeidet er organisert",
      "Vurdering av måloppnåelsen",
      "Utfordringer",
      "Tiltak og hva som har virket",
    ]);
    expect(blocks).toContainEqual({ kind: "list", items: ["Direktør: Har det overordnede ansvaret.", "HR: Utlysninger og rapportering."] });
  });

  it("reads a section's text: paragraphs by empty lines, '- ' lines as a list, other lines run together", () => {
    expect(narrativeBlocks("Første linje\nfortsetter her.\n\nInnledning:\n- a\n–  b\n• c\nEtter listen.\r\n\r\n\n")).toEqual([
      { kind: "paragraph", text: "Første linje fortsetter her." },
      { kind: "paragraph", text: "Innledning:" },
      { kind: "list", items: ["a", "b", "c"] },
      { kind: "paragraph", text: "Etter listen." },
    ]);
    expect(narrativeBlocks("  ")).toEqual([]);
  });
});

describe("the form", () => {
  const valid = { year: 2021, version: null, organisation: "Organisering.", assessment: "Vurdering.", challenges: "Utfordringer.", whatWorked: "Tiltak." };

  it("takes four sections, trimmed", () => {
    expect(annualReportTextSchema.parse({ ...valid, organisation: "  Organisering.  " }).organisation).toBe("Organisering.");
  });

  it("refuses an empty section, an over-long one and a NUL character, with a Norwegian message at the field", () => {
    const r = annualReportTextSchema.safeParse({ ...valid, challenges: "   ", whatWorked: "x".repeat(10_001), assessment: "a\u0000b" });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toEqual({
      challenges: "Skriv noe under denne overskriften. Årsrapporten skal si noe om dette.",
      whatWorked: `Teksten kan ha høyst 10${NBSP}000 tegn.`,
      assessment: expect.stringMatching(/tegn/),
    });
  });

  it("takes a year in the address only as four digits from 2018 to this year", () => {
    expect(parseChapterYear("2021", 2026)).toBe(2021);
    expect(parseChapterYear("2017", 2026)).toBeNull();
    expect(parseChapterYear("2027", 2026)).toBeNull();
    expect(parseChapterYear("2021.0", 2026)).toBeNull();
    expect(parseChapterYear("abcd", 2026)).toBeNull();
  });
});
