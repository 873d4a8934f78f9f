// Norwegian (bokmål) texts for the agency's chapter IV text on the inclusion drive
// (lib/domain/annual-report.ts, components/annual-report/*, lib/documents/annual-report-docx.ts).
// Numbers arrive formatted; word forms come as [singular, plural] and are chosen by the caller.
// The chapter itself (the DOCX, and the figures' text shown on the page as the document) stays in
// bokmål; the page around it, the form's labels and its messages are `annualReportTexts`, in both languages.
import { defineTexts } from "@/lib/i18n/messages";

/** A noun's two forms: after 1, and after 0 ("ingen …") or 2 and more. */
export type WordForms = readonly [singular: string, plural: string];

export const annualReportText = {
  words: {
    newHire: ["nytilsatt", "nytilsatte"],
    permanent: ["i fast stilling", "i faste stillinger"],
    temporary: ["i midlertidig stilling", "i midlertidige stillinger"],
    trainee: ["trainee i traineeprogrammet i staten", "traineer i traineeprogrammet i staten"],
  } satisfies Record<string, WordForms>,
  /** "ingen" before a plural noun, for zero. */
  none: "ingen",
  /** Joins a list: "a, b og c". */
  and: "og",

  document: {
    title: (agency: string) => `Inkluderingsdugnaden – ${agency}`,
    subtitle: (year: number) => `Årsrapport ${year}, kapittel IV Styring og kontroll i virksomheten`,
    figuresHeading: (year: number) => `Nytilsatte i ${year}`,
    creator: "Dugnad – oppfølging av inkluderingsdugnaden",
    fileName: (year: number, agency: string) => `Årsrapport ${year} kapittel IV – inkluderingsdugnaden – ${agency}`,
  },

  figures: {
    /** "Datatilsynet hadde 20 nytilsatte i 2021: 16 i faste stillinger og 4 i midlertidige stillinger." */
    hires: (agency: string, hires: string, year: number, parts: string) => `${agency} hadde ${hires} i ${year}${parts}.`,
    /** Only one kind of position: ", alle i faste stillinger" / ", i fast stilling". */
    allIn: (count: number, part: string) => (count === 1 ? `, ${part}` : `, alle ${part}`),
    noHires: (agency: string, year: number) => `${agency} hadde ingen nytilsatte i ${year}, og dermed ingen nytilsatte i målgruppen.`,
    targetGroup: "målgruppen for inkluderingsdugnaden (personer med nedsatt funksjonsevne eller hull i CV-en)",
    noTarget: (group: string) => `Ingen av de nytilsatte var i ${group}.`,
    allTarget: (group: string, share: string) => `Alle de nytilsatte var i ${group}, en andel på ${share}.`,
    someTarget: (target: string, group: string, share: string) => `Av dem var ${target} i ${group}, en andel på ${share}.`,
    trainees: (count: number) =>
      count === 1
        ? "Traineen i traineeprogrammet i staten er i målgruppen og er telt med én gang."
        : "Traineene i traineeprogrammet i staten er alle i målgruppen og er telt med én gang.",
    goalReached: "Målet om at minst 5 prosent av de nytilsatte skal være i målgruppen, ble nådd.",
    goalNotReached: "Målet om at minst 5 prosent av de nytilsatte skal være i målgruppen, ble ikke nådd.",
    noGoalWithoutHires: "Måloppnåelsen kan ikke vurderes for et år uten nytilsatte.",
    fewHires: (threshold: number) =>
      `Av personvernhensyn oppgir vi verken fordelingen, antallet i målgruppen eller andelen når vi har færre enn ${threshold} nytilsatte i året. Med departementets samtykke kan andelen oppgis for en lengre periode.`,
    notReported: (year: number) => `Tallene for ${year} er ikke rapportert ennå.`,
  },

  table: {
    caption: (year: number) => `Nytilsatte i ${year} i faste og midlertidige stillinger, og av dem i målgruppen`,
    kind: "Stillinger",
    hires: "Nytilsatte",
    target: "Av dem i målgruppen",
    permanent: "Faste stillinger",
    temporary: "Midlertidige stillinger",
    trainees: "Traineer i traineeprogrammet i staten (alle i målgruppen)",
    total: "Totalt",
    share: "Andel i målgruppen",
  },

  /** The narrative the allocation letter asks for, in the order of the document. */
  sections: {
    organisation: {
      heading: "Hvordan rekrutteringsarbeidet er organisert",
      help: "Hvem har ansvaret, hvordan lyses stillinger ut, og hvordan når dere søkere i målgruppen?",
    },
    assessment: {
      heading: "Vurdering av måloppnåelsen",
      help: "Vurder resultatet mot målet om 5 prosent og mot målene i handlingsplanen.",
    },
    challenges: {
      heading: "Utfordringer",
      help: "Hva har gjort det vanskelig å rekruttere personer i målgruppen?",
    },
    whatWorked: {
      heading: "Tiltak og hva som har virket",
      help: "Hvilke tiltak er gjennomført, og hva har virket?",
    },
  },

  prefill: {
    responsibilities: "Ansvaret for inkluderingsdugnaden er fordelt slik i handlingsplanen vår:",
    traineeWillUse: (positions: string) =>
      positions ? `Vi har bestemt å bruke traineeprogrammet i staten, for ${positions}.` : "Vi har bestemt å bruke traineeprogrammet i staten.",
    traineeWillConsider: (positions: string) =>
      positions ? `Vi vurderer å bruke traineeprogrammet i staten, for ${positions}.` : "Vi vurderer å bruke traineeprogrammet i staten.",
    traineeNotNow: (reasoning: string) =>
      reasoning ? `Vi bruker ikke traineeprogrammet i staten nå: ${reasoning}` : "Vi bruker ikke traineeprogrammet i staten nå.",
    traineeCount: (count: string) => `Vi planlegger ${count}.`,
    shareWas: (share: string, year: number) => `Andelen nytilsatte i målgruppen var ${share} i ${year}.`,
    fewHires: (year: number) => `Vi hadde færre enn 5 nytilsatte i ${year} og oppgir derfor ikke andelen.`,
    noHires: (year: number) => `Vi hadde ingen nytilsatte i ${year}, så måloppnåelsen kan ikke vurderes for året.`,
    goals: "Målene i handlingsplanen vår:",
    goalLine: (term: string, description: string, target: string, date: string) =>
      `${term}: ${description}` + (target || date ? ` (${[target && `mål: ${target}`, date && `innen ${date}`].filter(Boolean).join(", ")})` : ""),
    challenges: "Utfordringene vi beskrev i handlingsplanen:",
    challengeLine: (category: string, challenge: string) => `${category}: ${challenge}`,
    planMeasures: (date: string) => `Tiltakene i handlingsplanen vår, med status slik den var da planen ble sendt inn ${date}:`,
    followUp: (title: string, date: string) => `Oppfølgingen av ${title}, med status per ${date}:`,
    measureLine: (what: string, status: string, note: string) => `${what} (${status})` + (note ? `: ${note}` : ""),
  },

  page: {
    title: (year: number) => `Årsrapport ${year}, kapittel IV`,
    intro:
      "Teksten om inkluderingsdugnaden til årsrapporten. Tallene og tabellen hentes fra det dere har rapportert; teksten under skriver og lagrer dere selv. Departementet ser ikke teksten før dere sender årsrapporten.",
    suggested:
      "Teksten er et forslag hentet fra handlingsplanen og oppfølgingen av sektorplanen. Den er ikke lagret ennå, og forslaget oppdateres til dere lagrer.",
    saved: (when: string, who: string) => (who ? `Lagret ${when} av ${who}.` : `Lagret ${when}.`),
    sources: "Forslaget bygger på",
    sourcePlan: (n: number, date: string) => `handlingsplanen deres, versjon ${n}, sendt inn ${date}`,
    sourceFollowUp: (title: string, date: string) => `oppfølgingen av ${title} per ${date}`,
    noSources: (year: number) =>
      `Det finnes verken en innsendt handlingsplan eller oppfølging av sektorplanen fra før utgangen av ${year}, så forslaget har bare tallene.`,
    figuresChanged: (year: number) =>
      `Tallene for ${year} er endret etter at teksten ble lagret. Se over vurderingen av måloppnåelsen.`,
    editFigures: "Endre tallene under Nytilsettinger",
    download: "Last ned som Word (DOCX)",
    formHeading: "Teksten",
    save: "Lagre teksten",
    refill: "Hent forslag på nytt",
    refilled: "Forslaget er hentet på nytt fra handlingsplanen og oppfølgingen. Lagre for å beholde det.",
    savedMessage: (year: number) => `Teksten til årsrapporten for ${year} er lagret.`,
    staleHeading: "Teksten er endret av noen andre",
    otherYears: "Andre år",
    linkFromFigures: "Tekst til årsrapporten, kapittel IV",
    linksIntro:
      "Tallene i tekst og tabell, og en fortelling om arbeidet med forslag fra handlingsplanen og oppfølgingen av sektorplanen. Rediger, lagre og last ned som Word.",
    /** The heading over the figures' text on the page (the document's own heading is document.figuresHeading). */
    figuresHeading: (year: number) => `Nytilsatte i ${year}`,
    /** "Forslaget bygger på a og b." */
    sourcesLine: (sources: string[]) => `Forslaget bygger på ${sources.join(" og ")}.`,
  },

  errors: {
    required: "Skriv noe under denne overskriften. Årsrapporten skal si noe om dette.",
    tooLong: (max: string) => `Teksten kan ha høyst ${max} tegn.`,
    stale:
      "Noen andre i virksomheten har lagret teksten siden du åpnet den. Teksten din er ikke lagret, men står fortsatt i skjemaet.",
  },
};

/** The chapter's page and form, in bokmål and English (the chapter's own text stays bokmål). */
export const annualReportTexts = defineTexts(
  { sections: annualReportText.sections, page: annualReportText.page, errors: annualReportText.errors },
  {
    sections: {
      organisation: {
        heading: "How the recruitment work is organised",
        help: "Who is responsible, how are positions advertised, and how do you reach applicants in the target group?",
      },
      assessment: {
        heading: "Assessment of goal achievement",
        help: "Assess the result against the 5 per cent goal and against the goals in the action plan.",
      },
      challenges: {
        heading: "Challenges",
        help: "What has made it difficult to recruit people in the target group?",
      },
      whatWorked: {
        heading: "Measures and what has worked",
        help: "Which measures have been carried out, and what has worked?",
      },
    },
    page: {
      title: (year: number) => `Annual report ${year}, chapter IV`,
      intro:
        "The text on the inclusion drive for the annual report. The figures and the table come from what you have reported; you write and save the text below yourselves. The ministry does not see the text until you send the annual report. The annual report is written in Norwegian.",
      suggested:
        "The text is a proposal drawn from the action plan and the follow-up of the sector action plan. It has not been saved yet, and the proposal is updated until you save.",
      saved: (when: string, who: string) => (who ? `Saved ${when} by ${who}.` : `Saved ${when}.`),
      sources: "The proposal builds on",
      sourcePlan: (n: number, date: string) => `your action plan, version ${n}, submitted ${date}`,
      sourceFollowUp: (title: string, date: string) => `the follow-up of ${title} as at ${date}`,
      noSources: (year: number) =>
        `There is neither a submitted action plan nor a follow-up of the sector action plan from before the end of ${year}, so the proposal has only the figures.`,
      figuresChanged: (year: number) => `The figures for ${year} have changed since the text was saved. Review the assessment of goal achievement.`,
      editFigures: "Change the figures under New hires",
      download: "Download as Word (DOCX)",
      formHeading: "The text",
      save: "Save the text",
      refill: "Fetch the proposal again",
      refilled: "The proposal has been fetched again from the action plan and the follow-up. Save to keep it.",
      savedMessage: (year: number) => `The text for the annual report for ${year} has been saved.`,
      staleHeading: "Someone else has changed the text",
      otherYears: "Other years",
      linkFromFigures: "Text for the annual report, chapter IV",
      linksIntro:
        "The figures in text and table, and an account of the work with proposals from the action plan and the follow-up of the sector action plan. Edit, save and download as Word.",
      figuresHeading: (year: number) => `New hires in ${year}`,
      sourcesLine: (sources: string[]) =>
        `The proposal builds on ${sources.length > 1 ? `${sources.slice(0, -1).join(", ")} and ${sources.at(-1)}` : sources.join("")}.`,
    },
    errors: {
      required: "Write something under this heading. The annual report must say something about this.",
      tooLong: (max: string) => `The text can have at most ${max} characters.`,
      stale:
        "Someone else in the agency has saved the text since you opened it. Your text has not been saved, but it is still in the form.",
    },
  },
);
