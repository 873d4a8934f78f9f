// Norwegian (bokmål) texts for showing, comparing and printing an action plan's content
// (lib/domain/plan-text.ts, components/plans/*, lib/documents/plan-pdf.ts). The PDF uses `planText`
// directly (documents stay Norwegian); the screens use `planTexts`, the pair with English.
import type { PlanElementKey, PlanProblem } from "@/lib/domain/plan-content";
import type { CHALLENGE_CATEGORIES, GOAL_TERMS, MEASURE_STATUSES, TRAINEE_DECISIONS } from "@/lib/domain/plan-content";

import { en } from "@/lib/i18n/en";
import { defineTexts } from "@/lib/i18n/messages";
import { nb } from "@/lib/i18n/nb";

export const planText = {
  /** The elements' titles, in the order the plan shows them. */
  elements: nb.planElements satisfies Record<PlanElementKey, string>,
  challengeCategories: {
    RECRUITMENT_PRACTICE: "Rekrutteringspraksis",
    LEADERSHIP_CULTURE: "Lederes holdninger og kultur",
    TARGET_GROUP_BARRIERS: "Barrierer målgruppen møter",
  } satisfies Record<(typeof CHALLENGE_CATEGORIES)[number], string>,
  measureStatuses: {
    NOT_STARTED: "Ikke startet",
    UNDER_WAY: "Under arbeid",
    DONE: "Gjennomført",
    DROPPED: "Avbrutt",
  } satisfies Record<(typeof MEASURE_STATUSES)[number], string>,
  goalTerms: {
    SHORT: "Kortsiktig",
    LONG: "Langsiktig",
  } satisfies Record<(typeof GOAL_TERMS)[number], string>,
  traineeDecisions: {
    WILL_USE: "Vil bruke programmet",
    WILL_CONSIDER: "Vil vurdere programmet",
    NOT_NOW: "Vil ikke bruke programmet nå",
  } satisfies Record<(typeof TRAINEE_DECISIONS)[number], string>,
  /** What planCompleteness reports, worded for the user. */
  problems: nb.planProblems satisfies Record<PlanProblem, string>,
  /** Field labels, in the text rendering, the tables and the PDF. */
  fields: {
    category: "Kategori",
    challenge: "Utfordring",
    opportunities: "Muligheter",
    measure: "Tiltak",
    owner: "Eier",
    due: "Frist",
    status: "Status",
    answers: "Svarer på",
    goal: "Mål",
    goalTerm: "Type",
    target: "Målbart mål",
    goalDate: "Innen",
    goalLinkText: "Kobling",
    agencyGoals: "Virksomhetens mål",
    who: "Hvem",
    what: "Ansvar for",
    decision: "Beslutning",
    positions: "Aktuelle stillinger",
    count: "Antall traineer",
    reasoning: "Begrunnelse",
  },
  /** "Kortsiktig mål", "Langsiktig mål". */
  goalHeading: (term: string) => `${term} mål`,
  shortTermGoals: "Kortsiktige mål",
  longTermGoals: "Langsiktige mål",
  /** An element, or a field, with nothing filled in. */
  empty: "Ikke fylt ut.",
  missing: "–",
  noDecision: "Ikke valgt",
  /** A measure's challenge that no longer exists in the plan. */
  unknownChallenge: "(utfordringen finnes ikke lenger)",
  responsibilitiesCaption: "Ansvarsfordeling: hvem har ansvar for hva",
  measuresCaption: "Tiltak med eier, frist og status",
  goalsCaption: "Mål",
  diff: {
    removedPrefix: "Fjernet:",
    addedPrefix: "Lagt til:",
    noChanges: "Ingen endringer",
    changed: "Endret",
    showUnchanged: "Vis innholdet",
    legend: "Tekst som er fjernet, er gjennomstreket og merket «Fjernet». Tekst som er lagt til, er understreket og merket «Lagt til».",
    older: "Eldre versjon",
    newer: "Nyere versjon",
    replacedWhole: "Elementet er endret så mye at endringene ikke vises hver for seg: hele den eldre teksten vises som fjernet og hele den nyere som lagt til.",
  },
  pdf: {
    /** "Handlingsplan for inkluderingsdugnaden – Statens vegvesen". */
    title: (agencyName: string) => `Handlingsplan for inkluderingsdugnaden – ${agencyName}`,
    /** "Versjon 2, sendt inn 27.11.2020 kl. 10.15". */
    versionLabel: (n: number, submittedAt: string) => `Versjon ${n}, sendt inn ${submittedAt}`,
    /** The download's file name: "Handlingsplan Husbanken versjon 2.pdf". */
    fileName: (agencyName: string, n: number) => `Handlingsplan ${agencyName} versjon ${n}.pdf`,
    round: "Runde",
    status: "Status",
    /** The program that made the document (PDF Creator). */
    creator: "Dugnad – inkluderingsdugnaden",
    /** The document's subject: "Inkluderingsdugnaden 2020 – Versjon 2, sendt inn …". */
    subject: (roundTitle: string, versionLabel: string) => (roundTitle ? `${roundTitle} – ${versionLabel}` : versionLabel),
    /** "Side 1 av 3". */
    page: (n: number, total: number) => `Side ${n} av ${total}`,
  },
} as const;

/** The plan's words on screen, in bokmål and English. */
export const planTexts = defineTexts(planText, {
  elements: en.planElements,
  challengeCategories: {
    RECRUITMENT_PRACTICE: "Recruitment practice",
    LEADERSHIP_CULTURE: "Managers' attitudes and culture",
    TARGET_GROUP_BARRIERS: "Barriers the target group faces",
  },
  measureStatuses: {
    NOT_STARTED: "Not started",
    UNDER_WAY: "Under way",
    DONE: "Completed",
    DROPPED: "Dropped",
  },
  goalTerms: {
    SHORT: "Short-term",
    LONG: "Long-term",
  },
  traineeDecisions: {
    WILL_USE: "Will use the programme",
    WILL_CONSIDER: "Will consider the programme",
    NOT_NOW: "Will not use the programme now",
  },
  problems: en.planProblems,
  fields: {
    category: "Category",
    challenge: "Challenge",
    opportunities: "Opportunities",
    measure: "Measure",
    owner: "Owner",
    due: "Deadline",
    status: "Status",
    answers: "Answers",
    goal: "Goal",
    goalTerm: "Type",
    target: "Measurable target",
    goalDate: "By",
    goalLinkText: "Link",
    agencyGoals: "The agency's goals",
    who: "Who",
    what: "Responsible for",
    decision: "Decision",
    positions: "Relevant positions",
    count: "Number of trainees",
    reasoning: "Reasoning",
  },
  goalHeading: (term: string) => `${term} goal`,
  shortTermGoals: "Short-term goals",
  longTermGoals: "Long-term goals",
  empty: "Not filled in.",
  missing: "–",
  noDecision: "Not chosen",
  unknownChallenge: "(the challenge no longer exists)",
  responsibilitiesCaption: "Division of responsibilities: who is responsible for what",
  measuresCaption: "Measures with owner, deadline and status",
  goalsCaption: "Goals",
  diff: {
    removedPrefix: "Removed:",
    addedPrefix: "Added:",
    noChanges: "No changes",
    changed: "Changed",
    showUnchanged: "Show the content",
    legend: "Text that has been removed is struck through and marked «Removed». Text that has been added is underlined and marked «Added».",
    older: "Older version",
    newer: "Newer version",
    replacedWhole:
      "The element has changed so much that the changes are not shown one by one: the whole older text is shown as removed and the whole newer text as added.",
  },
  pdf: {
    title: (agencyName: string) => `Action plan for the inclusion drive – ${agencyName}`,
    versionLabel: (n: number, submittedAt: string) => `Version ${n}, submitted ${submittedAt}`,
    fileName: (agencyName: string, n: number) => `Action plan ${agencyName} version ${n}.pdf`,
    round: "Round",
    status: "Status",
    creator: "Dugnad – the inclusion drive",
    subject: (roundTitle: string, versionLabel: string) => (roundTitle ? `${roundTitle} – ${versionLabel}` : versionLabel),
    page: (n: number, total: number) => `Page ${n} of ${total}`,
  },
});
