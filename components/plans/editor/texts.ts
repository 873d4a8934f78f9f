// Norwegian (bokmål) texts for the plan editor that lib/i18n/nb.ts does not have.
import type { PlanContent } from "@/lib/domain/plan-content";

type Challenge = PlanContent["challenges"][number];
type Measure = PlanContent["measures"][number];
type Goal = PlanContent["goals"][number];
type TraineeDecision = NonNullable<PlanContent["trainee"]["decision"]>;

export const challengeCategoryLabels: Record<Challenge["category"], string> = {
  RECRUITMENT_PRACTICE: "Rekrutteringspraksis",
  LEADERSHIP_CULTURE: "Lederes holdninger og kultur",
  TARGET_GROUP_BARRIERS: "Barrierer målgruppen møter",
};

export const measureStatusLabels: Record<Measure["status"], string> = {
  NOT_STARTED: "Ikke startet",
  UNDER_WAY: "Under arbeid",
  DONE: "Gjennomført",
  DROPPED: "Avbrutt",
};

export const goalTermLabels: Record<Goal["term"], string> = {
  SHORT: "Kortsiktig",
  LONG: "Langsiktig",
};

export const traineeDecisionLabels: Record<TraineeDecision, string> = {
  WILL_USE: "Vil bruke programmet",
  WILL_CONSIDER: "Vil vurdere programmet",
  NOT_NOW: "Vil ikke bruke programmet nå",
};

/** Suggested "who" values for the responsibilities table (placeholders, in order). */
export const responsibilitySuggestions = ["Toppleder", "Rekrutterende ledere", "HR", "Tillitsvalgte"] as const;

export const t = {
  complete: "Komplett",
  missing: "Mangler:",
  generalComments: "Departementets kommentar til planen",
  elementComments: (title: string) => `Departementets kommentar til ${title}`,
  remove: "Fjern",

  challenge: (n: number) => `Utfordring ${n}`,
  challengeCategory: (n: number) => `Kategori, utfordring ${n}`,
  challengeOpportunities: (n: number) => `Muligheter, utfordring ${n}`,
  opportunitiesDescription: "Hvordan kan virksomheten løse eller redusere utfordringen?",
  addChallenge: "Legg til utfordring",
  noChallenges: "Ingen utfordringer er lagt inn ennå.",

  measure: (n: number) => `Tiltak ${n}`,
  measureOwner: (n: number) => `Eier, tiltak ${n}`,
  ownerDescription: "Rolle eller person, for eksempel HR-sjef.",
  measureDue: (n: number) => `Frist, tiltak ${n}`,
  measureStatus: (n: number) => `Status, tiltak ${n}`,
  measureChallenge: (n: number) => `Svarer på utfordring, tiltak ${n}`,
  noParticularChallenge: "Ingen bestemt",
  untitledChallenge: (n: number) => `Utfordring ${n} (uten tekst)`,
  addMeasure: "Legg til tiltak",
  noMeasures: "Ingen tiltak er lagt inn ennå.",

  goal: (n: number) => `Mål ${n}`,
  goalTerm: (n: number) => `Tidsperspektiv, mål ${n}`,
  goalTarget: (n: number) => `Målbart mål, mål ${n}`,
  targetDescription: "Der det går: for eksempel «5 % av nytilsatte» eller «2 traineestillinger».",
  goalDate: (n: number) => `Dato, mål ${n}`,
  addShortGoal: "Legg til kortsiktig mål",
  addLongGoal: "Legg til langsiktig mål",
  noGoals: "Ingen mål er lagt inn ennå.",

  goalLinkText: "Beskriv koblingen",
  agencyGoalsLegend: "Virksomhetens egne mål",
  agencyGoalsDescription: "Målene i virksomhetens strategi eller tildelingsbrev som inkluderingsarbeidet støtter.",
  agencyGoal: (n: number) => `Virksomhetens mål ${n}`,
  addAgencyGoal: "Legg til mål fra virksomheten",

  responsibilityWho: (n: number) => `Hvem, rad ${n}`,
  responsibilityWhat: (n: number) => `Ansvar, rad ${n}`,
  responsibilityRow: (n: number) => `rad ${n}`,
  addRow: "Legg til rad",
  noResponsibilities: "Ingen rader er lagt inn ennå.",

  traineeDecision: "Vil virksomheten bruke traineeprogrammet i staten?",
  traineePositions: "Stillinger programmet er aktuelt for",
  traineeCount: "Antall traineestillinger",
  traineeCountDescription: "Et helt tall. La feltet stå tomt hvis dere ikke vet ennå.",
  traineeReasoning: "Begrunnelse",
  traineeReasoningRequired: "Begrunnelse (må fylles ut)",
  traineeReasoningDescription: "Hvorfor eller hvorfor ikke?",

  saving: "Lagrer …",
  savedAt: (clock: string) => `Lagret kl. ${clock}`,
  unsaved: "Endringer er ikke lagret ennå.",
  allSaved: "Alle endringer er lagret.",
  saveFailed: "Utkastet ble ikke lagret.",
  submitFailed: "Planen ble ikke sendt inn.",
  retry: "Prøv igjen",
  reload: "Last siden på nytt",
  saveNow: "Lagre utkast",
  submit: "Send inn planen",
  submitting: "Sender inn …",
  submitted: "Planen er sendt inn.",
  networkError: "Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.",
  localCopyKept: "Det du har skrevet er tatt vare på i nettleseren til det blir lagret.",
  beforeUnload: "Du har endringer som ikke er lagret.",

  restoreTitle: "Ulagrede endringer",
  restoreText: (when: string) => `Du har ulagrede endringer fra ${when}.`,
  restoreStale: "Planen er lagret av noen andre etter det. Gjenoppretter du, får du se hva som er forskjellig før noe lagres.",
  restore: "Gjenopprett",
  discard: "Forkast",

  conflictTitle: "Noen andre har lagret en nyere versjon",
  conflictText:
    "Mens du skrev, lagret en annen person en nyere versjon av planen. Endringene dine er ikke lagret, men de står fortsatt i skjemaet og er tatt vare på i nettleseren. Automatisk lagring er stoppet til du velger hva som skal gjelde.",
  conflictDiffers: "Dette står i den nye versjonen der den er forskjellig fra din:",
  conflictSame: "Innholdet i den nye versjonen er likt ditt.",
  useTheirs: "Bruk den nye versjonen",
  keepMine: "Behold mine endringer og lagre over",
  restoreConflictText:
    "Endringene du gjenopprettet ble skrevet på en eldre versjon av planen, og planen er lagret etter det. Endringene dine står i skjemaet, men er ikke lagret. Automatisk lagring er stoppet til du velger hva som skal gjelde.",

  summaryHeading: "Før du kan sende inn planen må du rette dette:",
  serverElementErrors: "Dette må rettes før planen kan sendes inn:",
  empty: "(tomt)",
} as const;
