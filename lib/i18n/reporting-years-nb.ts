// The words for the reporting rules by year (codes in lib/domain/reporting-years.ts), in the
// wording of DFØ's reporting guide (../shared/DOMAIN.md, "Who counts").
import type {
  CvGapDefinition,
  DisabilityWording,
  HireKind,
  NotCountedKind,
  TraineeProgrammeFor,
} from "@/lib/domain/reporting-years";

export const reportingYearsNb = {
  /** "2019", "2020–2021" */
  years: (years: readonly number[]) => (years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0] ?? "")),
  heading: (years: string) => `Slik telles det for ${years}`,
  targetGroup: "Målgruppen",
  countedHeading: "Telles som nytilsatte",
  notCountedHeading: "Telles ikke",
  goal: (percent: number) => `Målet er nådd når minst ${percent} % av de nytilsatte er i målgruppen.`,
  once: "En person som er i begge gruppene, telles én gang.",
  disability: {
    TICKED_OR_DIALOGUE:
      "Nedsatt funksjonsevne: søkeren har krysset av for nedsatt funksjonsevne i søknaden, eller det har kommet fram i dialog med søkeren.",
    NEEDS_ADJUSTMENT:
      "Nedsatt funksjonsevne: søkeren har opplyst at hen har en funksjonsnedsettelse som krever tilrettelegging i arbeidet.",
  } satisfies Record<DisabilityWording, string>,
  cvGap: {
    TWO_CONSECUTIVE_YEARS:
      "Hull i CV-en: søkeren har vært helt eller delvis utenfor arbeid, utdanning eller opplæring i minst 2 sammenhengende år.",
    TWO_OF_FIVE_YEARS:
      "Hull i CV-en (fra 1. januar 2020): søkeren har til sammen vært minst 2 av de siste 5 årene helt eller delvis utenfor arbeid, utdanning eller opplæring da hen søkte. Den som da hadde fast jobb, eller midlertidig jobb i mer enn ett år, telles ikke.",
  } satisfies Record<CvGapDefinition, string>,
  /** The cause condition that comes with a CV-gap definition (none before 2020). */
  cvGapCause: {
    TWO_CONSECUTIVE_YEARS: null,
    TWO_OF_FIVE_YEARS:
      "Årsaken til hullet: søkeren har vært aktivt arbeidssøkende, eller har vært borte på grunn av sykdom (også psykisk sykdom), rusavhengighet eller soning.",
  } satisfies Record<CvGapDefinition, string | null>,
  counted: {
    PERMANENT: "Faste tilsettinger.",
    MADE_PERMANENT_OR_ADMINISTRATIVE: "Faste tilsettinger etter treårsregelen og andre administrative tilsettinger.",
    TEMPORARY: "Ordinære midlertidige tilsettinger.",
    TEMPORARY_FROM_APRIL_2019: "Ordinære midlertidige tilsettinger fra og med 1. april 2019.",
    APPRENTICES_IN_TARGET_GROUP: "Lærlinger i målgruppen.",
    TRAINEES_STARTED:
      "Traineer i traineeprogrammet i staten som startet i året. Alle er i målgruppen, og de telles én gang, som traineer, ikke også som midlertidige.",
  } satisfies Record<HireKind, string>,
  notCounted: {
    TEMPORARY: "Midlertidige tilsettinger (de telles fra 1. april 2019).",
    WORK_PRACTICE: "Arbeidspraksis (deltakerne er ikke ansatte).",
    TRANSFERS_BY_ORDER: "Beordringer.",
  } satisfies Record<NotCountedKind, string>,
  traineeProgramme: {
    DISABILITY: "Traineeprogrammet i staten er dette året for personer med høyere utdanning og nedsatt funksjonsevne.",
    DISABILITY_OR_CV_GAP:
      "Traineeprogrammet i staten er for personer med høyere utdanning og nedsatt funksjonsevne og/eller hull i CV-en.",
  } satisfies Record<TraineeProgrammeFor, string>,
  /** Beside a year whose figures are preliminary. */
  preliminary: "foreløpig",
  preliminaryNote: (year: number) => `Tallene for ${year} er foreløpige: året er ikke omme ennå.`,
  /** Beside the sector's share for a year not every agency has reported. */
  partial: (reported: number, agencies: number) => `${reported} av ${agencies} har rapportert`,
} as const;
