// Norwegian (bokmål) texts for showing, comparing and printing an action plan's content
// (lib/domain/plan-text.ts, components/plans/*, lib/documents/plan-pdf.ts).
import type { PlanElementKey, PlanProblem } from "@/lib/domain/plan-content";
import type { CHALLENGE_CATEGORIES, GOAL_TERMS, MEASURE_STATUSES, TRAINEE_DECISIONS } from "@/lib/domain/plan-content";

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
