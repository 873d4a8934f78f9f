// The letters of the 2020 round (one per agency) and the agencies' action plans in it.
import { ROUND_2020_TITLE } from "./letters-2020";

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
const t = (iso: string) => new Date(iso);

export interface LetterSeed {
  number: string;
  /** Omit to use "<number> til tildelingsbrev 2020 til <name> – <round title>". */
  title?: string;
  ourRef: string;
  date: Date;
  /** Set when the agency has opened the letter (status READ). */
  readAt?: Date;
  /** Sender; omit for the Statsforvaltningsavdelingen default below. */
  sender?: LetterSender;
}

export interface LetterSender {
  department: string;
  caseworkerName: string;
  caseworkerPhone: string;
  signatories: { name: string; title: string; electronicallyApproved: boolean }[];
}

/** The sender of the DSS letter, and of the other letters where the seeds say nothing. */
export const DEFAULT_SENDER_2020: LetterSender = {
  department: "Statsforvaltningsavdelingen",
  caseworkerName: "Gunn Dianne Rydning",
  caseworkerPhone: "22 24 46 36",
  signatories: [
    { name: "Jan Olav Pettersen", title: "ekspedisjonssjef", electronicallyApproved: true },
    { name: "Gunn Dianne Rydning", title: "seniorrådgiver", electronicallyApproved: false },
  ],
};

const HOUSING_SENDER: LetterSender = {
  department: "Bolig- og byggningsavdelingen",
  caseworkerName: "Marie Brun Landmark",
  caseworkerPhone: "22 24 71 42",
  signatories: [
    { name: "Benedikte Endresen", title: "avdelingsdirektør", electronicallyApproved: true },
    { name: "Marie Brun Landmark", title: "rådgiver", electronicallyApproved: false },
  ],
};

export const COPY_TO_2020 = ["Riksrevisjonen"];

/** Keyed by the agency's shortName. */
export const LETTERS_2020: Record<string, LetterSeed> = {
  DSS: {
    number: "Tillegg 3",
    title: "Tildelingsbrev 2020 Tillegg 3 - Handlingsplan for inkluderingsdugnaden, DSS",
    ourRef: "19/4649-79",
    date: d(2020, 10, 30),
  },
  Husbanken: {
    number: "Tillegg nr. 8",
    title: "Tillegg nr. 8 til tildelingsbrev 2020 til Husbanken – Handlingsplan for inkluderingsdugnaden",
    ourRef: "20/56-69",
    date: d(2020, 11, 4),
    readAt: t("2020-11-05T08:47:00Z"),
    sender: HOUSING_SENDER,
  },
  Valgdirektoratet: { number: "Tillegg nr. 4", ourRef: "20/118-23", date: d(2020, 11, 2), readAt: t("2020-11-02T13:10:00Z") },
  Kartverket: { number: "Tillegg nr. 6", ourRef: "20/74-41", date: d(2020, 11, 3), readAt: t("2020-11-04T07:55:00Z") },
  Statsbygg: { number: "Tillegg nr. 9", ourRef: "20/91-58", date: d(2020, 11, 4), readAt: t("2020-11-04T12:30:00Z") },
  DiBK: { number: "Tillegg nr. 5", ourRef: "20/63-37", date: d(2020, 11, 5), sender: HOUSING_SENDER },
  HTU: { number: "Tillegg nr. 2", ourRef: "20/135-12", date: d(2020, 11, 5), sender: HOUSING_SENDER },
  Distriktssenteret: { number: "Tillegg nr. 3", ourRef: "20/102-19", date: d(2020, 11, 6) },
  Datatilsynet: { number: "Tillegg nr. 7", ourRef: "20/87-44", date: d(2020, 10, 30), readAt: t("2020-10-30T14:20:00Z") },
  Digdir: { number: "Tillegg nr. 11", ourRef: "19/6873-52", date: d(2020, 11, 2), readAt: t("2020-11-03T09:05:00Z") },
  STAF: { number: "Tillegg nr. 4", ourRef: "20/149-27", date: d(2020, 11, 6) },
};

export function letterTitle2020(letter: LetterSeed, agencyName: string): string {
  return letter.title ?? `${letter.number} til tildelingsbrev 2020 til ${agencyName} – ${ROUND_2020_TITLE}`;
}

export interface PlanSeed {
  status: "NOT_STARTED" | "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED";
  version: number;
  challenges?: string;
  measures?: string;
  goals?: string;
  goalLink?: string;
  responsibilities?: string;
  traineeAssessment?: string;
  submittedAt?: Date;
  /** When the plan was last saved (submitted, or approved by KMD). */
  updatedAt?: Date;
  /** For APPROVED: when KMD approved it. */
  approvedAt?: Date;
}

/** Agencies not listed here have a plan that is NOT_STARTED (DSS, DiBK, HTU, Distriktssenteret, STAF). */
export const PLANS_2020: Record<string, PlanSeed> = {
  Husbanken: {
    status: "DRAFT",
    version: 2,
    updatedAt: t("2020-11-19T14:32:00Z"),
    challenges:
      "Husbanken har kontorer i seks byer og rekrutterer i hovedsak saksbehandlere, økonomer og IT-utviklere. Vi har hatt svært få tilsettinger i målgruppen de siste årene, og vi vet for lite om hvorfor søkere i målgruppen ikke når fram i prosessene våre. Gjennom arbeidet med bostøtte og boligsosialt arbeid har vi samtidig god kunnskap om målgruppen, som vi kan bruke bedre i egen rekruttering.",
    measures: [
      "- Gjennomgå rekrutteringsrutinen med vekt på krav i utlysninger og innkalling til intervju. Ansvar: HR-direktør. Frist: 1.3.2021. Status: planlagt.",
      "- Etablere kontakt med NAV i Drammen og Bodø om kandidater i målgruppen før utlysning. Ansvar: HR. Frist: 1.4.2021. Status: planlagt.",
    ].join("\n"),
    goals: "Kortsiktig mål: minst én tilsetting i målgruppen i 2021.",
  },
  Valgdirektoratet: {
    status: "SUBMITTED",
    version: 3,
    submittedAt: t("2020-11-27T13:42:00Z"),
    challenges:
      "Valgdirektoratet er en liten virksomhet med om lag 30 årsverk og få nytilsettinger hvert år. Mange stillinger krever spisskompetanse innen valggjennomføring, IT og jus, og vi får ofte få kvalifiserte søkere. Med så få tilsettinger utgjør én tilsetting i målgruppen en stor andel, og vi ser en mulighet i de midlertidige stillingene vi lyser ut før stortingsvalget 2021.",
    measures: [
      "- Alle utlysninger skal inneholde en oppfordring til personer med nedsatt funksjonsevne eller hull i CV-en om å søke. Ansvar: HR. Frist: 1.1.2021. Status: gjennomført.",
      "- Rekrutterende ledere skal gjennomføre DFØs kurs i inkluderende rekruttering. Ansvar: direktør. Frist: 1.3.2021. Status: påbegynt.",
      "- Før de midlertidige tilsettingene til stortingsvalget 2021 skal vi kontakte NAV Vestfold og Telemark for å nå kandidater i målgruppen. Ansvar: HR. Frist: 1.2.2021. Status: planlagt.",
    ].join("\n"),
    goals:
      "Kortsiktig mål: minst én av de midlertidige tilsettingene før stortingsvalget 2021 skal være i målgruppen. Langsiktig mål: minst 5 prosent av nytilsettingene i perioden 2021–2025 skal være i målgruppen. Fordi vi har få tilsettinger hvert år, vil vi be KMD om å få rapportere andelen samlet for flere år.",
    goalLink:
      "Valgdirektoratet skal bidra til høy tillit til valg og demokrati, og valgene skal være tilgjengelige for alle velgere. Medarbeidere med erfaring med nedsatt funksjonsevne gir oss verdifull innsikt i universell utforming av velgerinformasjon og valglokaler. Inkludering støtter derfor direkte opp under samfunnsoppdraget vårt.",
    responsibilities:
      "Direktøren har det overordnede ansvaret for at målet nås og følger opp planen i etatsstyringsmøtene med KMD. Rekrutterende ledere har ansvar for å vurdere søkere i målgruppen og innkalle minst én kvalifisert søker i målgruppen til intervju. HR har ansvar for utlysningstekster, kontakten med NAV og rapporteringen i årsrapporten.",
    traineeAssessment:
      "Vi har vurdert traineeprogrammet og vil melde inn én rådgiverstilling i forvaltningen av valgadministrasjonssystemet EVA i neste opptak. Stillingen egner seg fordi den gir tett faglig oppfølging og en naturlig mentor. Som liten virksomhet har vi begrenset kapasitet, og vi vil derfor samarbeide med DSB, som vi deler lokaler med, om oppfølgingen.",
  },
  Kartverket: {
    status: "SUBMITTED",
    version: 4,
    submittedAt: t("2020-11-30T14:05:00Z"),
    challenges:
      "Kartverket tilsetter mange innen geomatikk, landmåling og IT, fagområder med få søkere generelt og enda færre som oppgir at de er i målgruppen. Mange søkere vegrer seg for å opplyse om nedsatt funksjonsevne eller hull i CV-en, og vi har ikke hatt egne rutiner for å følge opp disse søkerne. Samtidig har vi mange stillinger innen tinglysing og kundesenter i Hønefoss der tilrettelegging er enkel, og der vi ser gode muligheter for å rekruttere fra målgruppen.",
    measures: [
      "- Innføre en rutine der kvalifiserte søkere i målgruppen alltid innkalles til intervju. Ansvar: HR-direktør. Frist: 1.2.2021. Status: vedtatt.",
      "- Etablere samarbeid med NAV Ringerike om hospitering i tinglysingen. Ansvar: divisjonsdirektør for eiendom. Frist: 1.4.2021. Status: planlagt.",
      "- Gå gjennom stillingsannonsene med sikte på et mer inkluderende språk og færre ufravikelige krav. Ansvar: HR. Frist: 1.3.2021. Status: påbegynt.",
      "- Gi alle rekrutterende ledere opplæring i inkluderende rekruttering. Ansvar: divisjonsdirektørene. Frist: 30.6.2021. Status: planlagt.",
    ].join("\n"),
    goals:
      "Kortsiktig mål: minst 3 prosent av nytilsettingene i 2021 skal være i målgruppen. Langsiktig mål: Kartverket skal nå 5 prosent innen utgangen av 2023 og holde dette nivået ut stortingsperioden. Andelen følges opp hvert halvår i toppledermøtet.",
    goalLink:
      "Kartverket forvalter grunnleggende geografisk informasjon og eiendomsinformasjon for hele samfunnet, og brukerne våre er like mangfoldige som befolkningen. En arbeidsstyrke som speiler befolkningen gjør oss bedre i stand til å utvikle tjenester som er tilgjengelige for alle. Inkluderingsarbeidet inngår derfor i virksomhetsstrategien og i målene for digitale tjenester og kundeservice.",
    responsibilities:
      "Administrerende direktør har det overordnede ansvaret og følger opp handlingsplanen i toppledermøtet. Divisjonsdirektørene har ansvar for måloppnåelsen i egen divisjon, og rekrutterende ledere for at kvalifiserte søkere i målgruppen blir vurdert. HR-avdelingen har ansvar for rutiner, opplæring, samarbeidet med NAV og rapportering.",
    traineeAssessment:
      "Kartverket har hatt én trainee i programmet tidligere, med gode erfaringer. Vi vil melde inn to stillinger i 2021, én innen geodata og én innen tinglysing, og begge traineene får fast mentor og en plan for tilrettelegging. Vi tar sikte på fast tilsetting etter endt traineeperiode dersom traineen ønsker det.",
  },
  Statsbygg: {
    status: "SUBMITTED",
    version: 2,
    submittedAt: t("2020-11-24T10:20:00Z"),
    challenges:
      "Statsbygg rekrutterer i stor grad prosjektledere, ingeniører og driftspersonell, der konkurransen om kandidatene er hard og kravene til erfaring ofte høye. Erfaringskravene i utlysningene kan utelukke søkere med hull i CV-en selv om de har relevant kompetanse. Vi har mange drifts- og vedlikeholdsstillinger rundt om i landet, og der ser vi muligheter for samarbeid med lokale NAV-kontorer og for å bruke praksisplasser som vei inn i ordinære stillinger.",
    measures: [
      "- Vurdere erfaringskravene i alle utlysninger og bare stille krav som er nødvendige for stillingen. Ansvar: rekrutterende leder sammen med HR. Frist: løpende fra 1.1.2021. Status: påbegynt.",
      "- Inngå samarbeidsavtaler med NAV i Oslo, Bergen og Trondheim om kandidater til driftsstillinger. Ansvar: direktør for eiendomsforvaltning. Frist: 1.5.2021. Status: planlagt.",
      "- Tilby fire praksisplasser i året i samarbeid med NAV. Ansvar: HR. Frist: 31.12.2021. Status: planlagt.",
      "- Rapportere andelen nytilsatte i målgruppen til ledergruppen hvert kvartal. Ansvar: HR-direktør. Frist: første gang 1.4.2021. Status: planlagt.",
    ].join("\n"),
    goals:
      "Kortsiktig mål: minst 4 prosent av nytilsettingene i 2021 skal være i målgruppen, og vi skal ha inngått minst to samarbeidsavtaler med NAV innen 1.5.2021. Langsiktig mål: minst 5 prosent av nytilsettingene hvert år fra og med 2022.",
    goalLink:
      "Statsbygg skal være en profesjonell og samfunnsansvarlig byggherre og eiendomsforvalter. Vi stiller krav om seriøsitet og inkludering i kontraktene våre, og det er naturlig at vi også går foran som arbeidsgiver. Erfaringene til medarbeidere med nedsatt funksjonsevne er dessuten nyttige i arbeidet med universell utforming av statens bygg.",
    responsibilities:
      "Administrerende direktør har det overordnede ansvaret, og inkluderingsmålet er tatt inn i lederavtalene til direktørene. Rekrutterende ledere har ansvar for at kvalifiserte søkere i målgruppen innkalles til intervju. HR-avdelingen har ansvar for rutiner, samarbeidet med NAV, opplæring og rapportering.",
    traineeAssessment:
      "Statsbygg vil delta i traineeprogrammet i 2021 med to stillinger, én som prosjektkoordinator og én innen eiendomsforvaltning. Vi har god erfaring med mentorordningen for nyutdannede og vil bruke samme modell for traineene. Programmet gir oss tilgang til kvalifiserte kandidater med høyere utdanning som vi ellers ikke når.",
  },
  Datatilsynet: {
    status: "APPROVED",
    version: 3,
    submittedAt: t("2020-11-20T11:15:00Z"),
    approvedAt: t("2020-12-08T09:40:00Z"),
    challenges:
      "Datatilsynet er en liten virksomhet med 10–20 nytilsettinger i året, hovedsakelig jurister og teknologer. Vi får mange kvalifiserte søkere, men få oppgir at de er i målgruppen, og vi har ikke hatt en fast rutine for hvordan slike søkere skal vurderes. Fordi vi er få, vil én tilsetting i målgruppen gi en merkbar økning i andelen.",
    measures: [
      "- Ta inn en fast oppfordring til søkere i målgruppen i alle utlysninger. Ansvar: HR. Frist: 1.12.2020. Status: gjennomført.",
      "- Innkalle minst én kvalifisert søker i målgruppen til intervju i hver rekruttering. Ansvar: rekrutterende leder. Frist: fra 1.1.2021. Status: innført.",
      "- Alle ledere skal gjennomføre DFØs kurs om mangfold og inkludering. Ansvar: direktør. Frist: 1.4.2021. Status: påbegynt.",
    ].join("\n"),
    goals:
      "Kortsiktig mål: minst én nytilsetting i målgruppen i 2021. Langsiktig mål: minst 5 prosent av nytilsettingene sett over perioden 2021–2024.",
    goalLink:
      "Datatilsynet skal verne om den enkeltes personvern, også for grupper der opplysninger om helse og livssituasjon er særlig sårbare. Medarbeidere med ulik bakgrunn styrker forståelsen vår av hvordan personvernregelverket virker for alle grupper i samfunnet. Inkludering gjør oss derfor til en bedre tilsynsmyndighet og veileder.",
    responsibilities:
      "Direktøren har det overordnede ansvaret og rapporterer til KMD i etatsstyringen. Avdelingsdirektørene har ansvar for at handlingsplanen følges i hver rekruttering. HR-rådgiveren koordinerer arbeidet, holder oversikt over tallene og rapporterer i årsrapporten.",
    traineeAssessment:
      "Vi har vurdert traineeprogrammet og vil melde inn én juriststilling i opptaket for 2021. Avdelingen som får traineen, har erfarne medarbeidere som kan være mentor. For en liten virksomhet er programmet den mest treffsikre måten å nå målgruppen på.",
  },
  Digdir: {
    status: "DRAFT",
    version: 1,
    updatedAt: t("2020-11-26T15:02:00Z"),
    challenges:
      "Digitaliseringsdirektoratet ble etablert 1. januar 2020 og har hatt høy rekrutteringstakt, særlig innen utvikling, arkitektur og informasjonssikkerhet. Rekrutteringene skjer ofte raskt og med høye formelle krav, noe som kan stenge ute søkere med hull i CV-en. Vi har kontorer i Oslo, Brønnøysund og Leikanger og ser muligheter i å bruke kontorstedene utenfor Oslo aktivt i samarbeid med de lokale NAV-kontorene.",
    traineeAssessment:
      "Digdir vil melde inn tre stillinger i traineeprogrammet for 2021, innen utvikling, tjenestedesign og forvaltning. Programmet passer godt med arbeidet vårt med universell utforming, der erfaringene til brukere med nedsatt funksjonsevne er særlig verdifulle.",
  },
};
