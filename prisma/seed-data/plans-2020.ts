// The agencies' action plans in the 2020 round: the working draft as structured content
// (lib/domain/plan-content.ts) and the plan's history, which scripts/seed.ts replays the way the
// data layer records it (lib/data/plans.ts): one audit event per step, a frozen PlanVersion per
// submission, the ministry's comments with its review, and ActionPlan.version = number of steps.
import type { PlanContent } from "../../lib/domain/plan-content";
import type { PlanStatus } from "../../lib/domain/plan";

const t = (iso: string) => new Date(iso);

export interface ReviewCommentSeed {
  /** challenges | measures | goals | goalLink | responsibilities | traineeAssessment | general */
  element: string;
  body: string;
}

/**
 * One step in the plan's life. The agency's HR user does start/save/submit, KMD's adviser reviews.
 * `content` is what was saved or submitted; it defaults to the plan's working draft.
 */
export type PlanStepSeed =
  | { action: "start" | "save" | "submit"; at: Date; content?: PlanContent }
  | { action: "requestChanges"; at: Date; comments?: ReviewCommentSeed[] }
  | { action: "approve"; at: Date; comments?: ReviewCommentSeed[] };

export interface PlanSeed {
  /** The status the history ends in (checked by the seed). */
  status: PlanStatus;
  /** The working draft. */
  content: PlanContent;
  history: PlanStepSeed[];
}

// Helpers to keep the content readable.
type Measure = PlanContent["measures"][number];
type Goal = PlanContent["goals"][number];
const measure = (id: string, what: string, owner: string, due: string, status: Measure["status"], challengeId = ""): Measure => ({
  id,
  what,
  owner,
  due,
  status,
  challengeId,
});
const goal = (id: string, term: Goal["term"], description: string, target: string, date: string): Goal => ({
  id,
  term,
  description,
  target,
  date,
});
const NO_GOAL_LINK: PlanContent["goalLink"] = { text: "", agencyGoals: [] };
const NO_TRAINEE: PlanContent["trainee"] = { decision: null, positions: "", count: null, reasoning: "" };

// ---------------------------------------------------------------------------------------------
// Husbanken: draft with some challenges and measures (and a first short-term goal).

const HUSBANKEN: PlanContent = {
  challenges: [
    {
      id: "c1",
      category: "RECRUITMENT_PRACTICE",
      challenge:
        "Vi har hatt svært få tilsettinger i målgruppen de siste årene, og vi vet for lite om hvorfor søkere i målgruppen ikke når fram i rekrutteringsprosessene våre.",
      opportunities:
        "En gjennomgang av kravene i utlysningene og av hvem vi innkaller til intervju kan vise hvor søkerne i målgruppen faller fra.",
    },
    {
      id: "c2",
      category: "TARGET_GROUP_BARRIERS",
      challenge:
        "Husbanken har kontorer i seks byer og rekrutterer i hovedsak saksbehandlere, økonomer og IT-utviklere. Vi når få kandidater i målgruppen før stillingene lyses ut.",
      opportunities:
        "Gjennom arbeidet med bostøtte og boligsosialt arbeid har vi god kunnskap om målgruppen og kontakt med NAV lokalt, som vi kan bruke bedre i egen rekruttering.",
    },
  ],
  measures: [
    measure(
      "m1",
      "Gjennomgå rekrutteringsrutinen med vekt på krav i utlysninger og innkalling til intervju.",
      "HR-direktør",
      "2021-03-01",
      "NOT_STARTED",
      "c1",
    ),
    measure(
      "m2",
      "Etablere kontakt med NAV i Drammen og Bodø om kandidater i målgruppen før utlysning.",
      "HR",
      "2021-04-01",
      "NOT_STARTED",
      "c2",
    ),
  ],
  goals: [goal("g1", "SHORT", "Minst én tilsetting i målgruppen i 2021.", "1 tilsetting", "2021-12-31")],
  goalLink: NO_GOAL_LINK,
  responsibilities: [],
  trainee: NO_TRAINEE,
};

// ---------------------------------------------------------------------------------------------
// Valgdirektoratet: submitted once.

const VALGDIREKTORATET: PlanContent = {
  challenges: [
    {
      id: "c1",
      category: "RECRUITMENT_PRACTICE",
      challenge:
        "Valgdirektoratet er en liten virksomhet med om lag 30 årsverk og få nytilsettinger hvert år. Mange stillinger krever spisskompetanse innen valggjennomføring, IT og jus, og vi får ofte få kvalifiserte søkere.",
      opportunities:
        "Med så få tilsettinger utgjør én tilsetting i målgruppen en stor andel. En tydelig oppfordring i alle utlysninger kan gi flere søkere i målgruppen.",
    },
    {
      id: "c2",
      category: "LEADERSHIP_CULTURE",
      challenge:
        "Rekrutterende ledere har lite erfaring med å vurdere søkere med nedsatt funksjonsevne eller hull i CV-en.",
      opportunities: "DFØs kurs i inkluderende rekruttering gir lederne et felles grunnlag før neste rekruttering.",
    },
    {
      id: "c3",
      category: "TARGET_GROUP_BARRIERS",
      challenge: "Vi har ikke hatt kontakt med NAV eller andre som kan formidle kandidater i målgruppen til oss.",
      opportunities:
        "De midlertidige stillingene vi lyser ut før stortingsvalget 2021 er en god mulighet til å nå kandidater i målgruppen og gi dem relevant arbeidserfaring.",
    },
  ],
  measures: [
    measure(
      "m1",
      "Alle utlysninger skal inneholde en oppfordring til personer med nedsatt funksjonsevne eller hull i CV-en om å søke.",
      "HR",
      "2021-01-01",
      "DONE",
      "c1",
    ),
    measure(
      "m2",
      "Rekrutterende ledere skal gjennomføre DFØs kurs i inkluderende rekruttering.",
      "Direktør",
      "2021-03-01",
      "UNDER_WAY",
      "c2",
    ),
    measure(
      "m3",
      "Kontakte NAV Vestfold og Telemark for å nå kandidater i målgruppen før de midlertidige tilsettingene til stortingsvalget 2021.",
      "HR",
      "2021-02-01",
      "NOT_STARTED",
      "c3",
    ),
  ],
  goals: [
    goal(
      "g1",
      "SHORT",
      "Minst én av de midlertidige tilsettingene før stortingsvalget 2021 skal være i målgruppen.",
      "1 midlertidig tilsetting",
      "2021-09-13",
    ),
    goal(
      "g2",
      "LONG",
      "Minst 5 prosent av nytilsettingene i perioden 2021–2025 skal være i målgruppen. Fordi vi har få tilsettinger hvert år, vil vi be KMD om å få rapportere andelen samlet for flere år.",
      "5 % av nytilsatte",
      "2025-12-31",
    ),
  ],
  goalLink: {
    text: "Valgdirektoratet skal bidra til høy tillit til valg og demokrati, og valgene skal være tilgjengelige for alle velgere. Medarbeidere med erfaring med nedsatt funksjonsevne gir oss verdifull innsikt i universell utforming av velgerinformasjon og valglokaler. Inkludering støtter derfor direkte opp under samfunnsoppdraget vårt.",
    agencyGoals: ["Høy tillit til valg og demokrati", "Valgene er tilgjengelige for alle velgere"],
  },
  responsibilities: [
    {
      id: "r1",
      who: "Direktør",
      what: "Har det overordnede ansvaret for at målet nås og følger opp planen i etatsstyringsmøtene med KMD.",
    },
    {
      id: "r2",
      who: "Rekrutterende ledere",
      what: "Vurderer søkere i målgruppen og innkaller minst én kvalifisert søker i målgruppen til intervju.",
    },
    { id: "r3", who: "HR", what: "Utlysningstekster, kontakten med NAV og rapporteringen i årsrapporten." },
  ],
  trainee: {
    decision: "WILL_USE",
    positions: "Rådgiver i forvaltningen av valgadministrasjonssystemet EVA",
    count: 1,
    reasoning:
      "Vi melder inn stillingen i neste opptak. Den egner seg fordi den gir tett faglig oppfølging og en naturlig mentor. Som liten virksomhet har vi begrenset kapasitet, og vi vil derfor samarbeide med DSB, som vi deler lokaler med, om oppfølgingen.",
  },
};

// ---------------------------------------------------------------------------------------------
// Kartverket: revised. Version 1 lacked the training of recruiting leaders (m4); KMD asked for
// changes and version 2 added it.

const KARTVERKET: PlanContent = {
  challenges: [
    {
      id: "c1",
      category: "TARGET_GROUP_BARRIERS",
      challenge:
        "Kartverket tilsetter mange innen geomatikk, landmåling og IT, fagområder med få søkere generelt og enda færre som oppgir at de er i målgruppen.",
      opportunities:
        "Vi har mange stillinger innen tinglysing og kundesenter i Hønefoss der tilrettelegging er enkel, og der ser vi gode muligheter for å rekruttere fra målgruppen, blant annet gjennom hospitering i samarbeid med NAV.",
    },
    {
      id: "c2",
      category: "RECRUITMENT_PRACTICE",
      challenge:
        "Mange søkere vegrer seg for å opplyse om nedsatt funksjonsevne eller hull i CV-en, og vi har ikke hatt egne rutiner for å følge opp disse søkerne.",
      opportunities:
        "En fast rutine for innkalling til intervju og annonser med et mer inkluderende språk kan gjøre det tryggere for søkerne å opplyse om dette.",
    },
    {
      id: "c3",
      category: "LEADERSHIP_CULTURE",
      challenge: "Rekrutterende ledere har ulik erfaring med å vurdere søkere i målgruppen og med tilrettelegging.",
      opportunities: "Felles opplæring gir alle divisjoner samme grunnlag, og lederne kan dele erfaringene fra traineeprogrammet.",
    },
  ],
  measures: [
    measure(
      "m1",
      "Innføre en rutine der kvalifiserte søkere i målgruppen alltid innkalles til intervju. Rutinen er vedtatt i toppledermøtet.",
      "HR-direktør",
      "2021-02-01",
      "UNDER_WAY",
      "c2",
    ),
    measure(
      "m2",
      "Etablere samarbeid med NAV Ringerike om hospitering i tinglysingen.",
      "Divisjonsdirektør for eiendom",
      "2021-04-01",
      "NOT_STARTED",
      "c1",
    ),
    measure(
      "m3",
      "Gå gjennom stillingsannonsene med sikte på et mer inkluderende språk og færre ufravikelige krav.",
      "HR",
      "2021-03-01",
      "UNDER_WAY",
      "c2",
    ),
    measure(
      "m4",
      "Gi alle rekrutterende ledere opplæring i inkluderende rekruttering.",
      "Divisjonsdirektørene",
      "2021-06-30",
      "NOT_STARTED",
      "c3",
    ),
  ],
  goals: [
    goal(
      "g1",
      "SHORT",
      "Minst 3 prosent av nytilsettingene i 2021 skal være i målgruppen.",
      "3 % av nytilsatte",
      "2021-12-31",
    ),
    goal(
      "g2",
      "LONG",
      "Kartverket skal nå 5 prosent innen utgangen av 2023 og holde dette nivået ut stortingsperioden. Andelen følges opp hvert halvår i toppledermøtet.",
      "5 % av nytilsatte",
      "2023-12-31",
    ),
  ],
  goalLink: {
    text: "Kartverket forvalter grunnleggende geografisk informasjon og eiendomsinformasjon for hele samfunnet, og brukerne våre er like mangfoldige som befolkningen. En arbeidsstyrke som speiler befolkningen gjør oss bedre i stand til å utvikle tjenester som er tilgjengelige for alle. Inkluderingsarbeidet inngår derfor i virksomhetsstrategien og i målene for digitale tjenester og kundeservice.",
    agencyGoals: ["Virksomhetsstrategien", "Mål for digitale tjenester", "Mål for kundeservice"],
  },
  responsibilities: [
    {
      id: "r1",
      who: "Administrerende direktør",
      what: "Har det overordnede ansvaret og følger opp handlingsplanen i toppledermøtet.",
    },
    { id: "r2", who: "Divisjonsdirektørene", what: "Har ansvar for måloppnåelsen i egen divisjon." },
    { id: "r3", who: "Rekrutterende ledere", what: "Sørger for at kvalifiserte søkere i målgruppen blir vurdert." },
    { id: "r4", who: "HR-avdelingen", what: "Rutiner, opplæring, samarbeidet med NAV og rapportering." },
  ],
  trainee: {
    decision: "WILL_USE",
    positions: "Én stilling innen geodata og én innen tinglysing",
    count: 2,
    reasoning:
      "Kartverket har hatt én trainee i programmet tidligere, med gode erfaringer. Begge traineene får fast mentor og en plan for tilrettelegging, og vi tar sikte på fast tilsetting etter endt traineeperiode dersom traineen ønsker det.",
  },
};

/** Kartverket's first submission: without the training of recruiting leaders. */
const KARTVERKET_V1: PlanContent = { ...KARTVERKET, measures: KARTVERKET.measures.filter((m) => m.id !== "m4") };

// ---------------------------------------------------------------------------------------------
// Statsbygg: submitted once; KMD asked for goals with a number and a date.

const STATSBYGG: PlanContent = {
  challenges: [
    {
      id: "c1",
      category: "RECRUITMENT_PRACTICE",
      challenge:
        "Statsbygg rekrutterer i stor grad prosjektledere, ingeniører og driftspersonell, der konkurransen om kandidatene er hard og kravene til erfaring ofte høye. Erfaringskravene i utlysningene kan utelukke søkere med hull i CV-en selv om de har relevant kompetanse.",
      opportunities: "Vi kan vurdere erfaringskravene i hver utlysning og bare stille krav som er nødvendige for stillingen.",
    },
    {
      id: "c2",
      category: "TARGET_GROUP_BARRIERS",
      challenge: "Vi når få kandidater i målgruppen til drifts- og vedlikeholdsstillingene rundt om i landet.",
      opportunities:
        "Vi har mange drifts- og vedlikeholdsstillinger rundt om i landet, og der ser vi muligheter for samarbeid med lokale NAV-kontorer og for å bruke praksisplasser som vei inn i ordinære stillinger.",
    },
  ],
  measures: [
    measure(
      "m1",
      "Vurdere erfaringskravene i alle utlysninger og bare stille krav som er nødvendige for stillingen. Løpende fra 1.1.2021.",
      "Rekrutterende leder sammen med HR",
      "2021-01-01",
      "UNDER_WAY",
      "c1",
    ),
    measure(
      "m2",
      "Inngå samarbeidsavtaler med NAV i Oslo, Bergen og Trondheim om kandidater til driftsstillinger.",
      "Direktør for eiendomsforvaltning",
      "2021-05-01",
      "NOT_STARTED",
      "c2",
    ),
    measure("m3", "Tilby fire praksisplasser i året i samarbeid med NAV.", "HR", "2021-12-31", "NOT_STARTED", "c2"),
    measure(
      "m4",
      "Rapportere andelen nytilsatte i målgruppen til ledergruppen hvert kvartal, første gang 1.4.2021.",
      "HR-direktør",
      "2021-04-01",
      "NOT_STARTED",
    ),
  ],
  // Without a number or a date: what KMD's review asks the agency to make concrete.
  goals: [
    goal(
      "g1",
      "SHORT",
      "Flere nytilsatte i målgruppen i 2021, og samarbeidsavtaler med NAV på plass i løpet av våren.",
      "",
      "",
    ),
    goal("g2", "LONG", "Andelen nytilsatte i målgruppen skal øke hvert år fra og med 2022.", "", ""),
  ],
  goalLink: {
    text: "Statsbygg skal være en profesjonell og samfunnsansvarlig byggherre og eiendomsforvalter. Vi stiller krav om seriøsitet og inkludering i kontraktene våre, og det er naturlig at vi også går foran som arbeidsgiver. Erfaringene til medarbeidere med nedsatt funksjonsevne er dessuten nyttige i arbeidet med universell utforming av statens bygg.",
    agencyGoals: ["Samfunnsansvarlig byggherre og eiendomsforvalter", "Universell utforming av statens bygg"],
  },
  responsibilities: [
    {
      id: "r1",
      who: "Administrerende direktør",
      what: "Har det overordnede ansvaret. Inkluderingsmålet er tatt inn i lederavtalene til direktørene.",
    },
    { id: "r2", who: "Rekrutterende ledere", what: "Sørger for at kvalifiserte søkere i målgruppen innkalles til intervju." },
    { id: "r3", who: "HR-avdelingen", what: "Rutiner, samarbeidet med NAV, opplæring og rapportering." },
  ],
  trainee: {
    decision: "WILL_USE",
    positions: "Prosjektkoordinator og rådgiver i eiendomsforvaltning",
    count: 2,
    reasoning:
      "Vi har god erfaring med mentorordningen for nyutdannede og vil bruke samme modell for traineene. Programmet gir oss tilgang til kvalifiserte kandidater med høyere utdanning som vi ellers ikke når.",
  },
};

// ---------------------------------------------------------------------------------------------
// Datatilsynet: submitted once and approved.

const DATATILSYNET: PlanContent = {
  challenges: [
    {
      id: "c1",
      category: "RECRUITMENT_PRACTICE",
      challenge: "Vi har ikke hatt en fast rutine for hvordan søkere i målgruppen skal vurderes.",
      opportunities:
        "En fast oppfordring i utlysningene og en fast rutine for innkalling til intervju kan innføres raskt og uten store kostnader.",
    },
    {
      id: "c2",
      category: "TARGET_GROUP_BARRIERS",
      challenge:
        "Datatilsynet er en liten virksomhet med 10–20 nytilsettinger i året, hovedsakelig jurister og teknologer. Vi får mange kvalifiserte søkere, men få oppgir at de er i målgruppen.",
      opportunities: "Fordi vi er få, vil én tilsetting i målgruppen gi en merkbar økning i andelen.",
    },
    {
      id: "c3",
      category: "LEADERSHIP_CULTURE",
      challenge: "Lederne har ulik kunnskap om mangfold og inkludering i rekruttering.",
      opportunities: "DFØs kurs om mangfold og inkludering gir alle ledere et felles grunnlag.",
    },
  ],
  measures: [
    measure(
      "m1",
      "Ta inn en fast oppfordring til søkere i målgruppen i alle utlysninger.",
      "HR",
      "2020-12-01",
      "DONE",
      "c2",
    ),
    measure(
      "m2",
      "Innkalle minst én kvalifisert søker i målgruppen til intervju i hver rekruttering, fra 1.1.2021.",
      "Rekrutterende leder",
      "2021-01-01",
      "DONE",
      "c1",
    ),
    measure(
      "m3",
      "Alle ledere skal gjennomføre DFØs kurs om mangfold og inkludering.",
      "Direktør",
      "2021-04-01",
      "UNDER_WAY",
      "c3",
    ),
  ],
  goals: [
    goal("g1", "SHORT", "Minst én nytilsetting i målgruppen i 2021.", "1 tilsetting", "2021-12-31"),
    goal(
      "g2",
      "LONG",
      "Minst 5 prosent av nytilsettingene sett over perioden 2021–2024.",
      "5 % av nytilsatte",
      "2024-12-31",
    ),
  ],
  goalLink: {
    text: "Datatilsynet skal verne om den enkeltes personvern, også for grupper der opplysninger om helse og livssituasjon er særlig sårbare. Medarbeidere med ulik bakgrunn styrker forståelsen vår av hvordan personvernregelverket virker for alle grupper i samfunnet. Inkludering gjør oss derfor til en bedre tilsynsmyndighet og veileder.",
    agencyGoals: ["Personvernet ivaretas for alle grupper i samfunnet", "Virkningsfullt tilsyn og god veiledning"],
  },
  responsibilities: [
    { id: "r1", who: "Direktør", what: "Har det overordnede ansvaret og rapporterer til KMD i etatsstyringen." },
    { id: "r2", who: "Avdelingsdirektørene", what: "Sørger for at handlingsplanen følges i hver rekruttering." },
    {
      id: "r3",
      who: "HR-rådgiver",
      what: "Koordinerer arbeidet, holder oversikt over tallene og rapporterer i årsrapporten.",
    },
  ],
  trainee: {
    decision: "WILL_USE",
    positions: "Jurist",
    count: 1,
    reasoning:
      "Vi melder inn stillingen i opptaket for 2021. Avdelingen som får traineen, har erfarne medarbeidere som kan være mentor. For en liten virksomhet er programmet den mest treffsikre måten å nå målgruppen på.",
  },
};

// ---------------------------------------------------------------------------------------------
// Digdir: draft with challenges and the trainee decision.

const DIGDIR: PlanContent = {
  challenges: [
    {
      id: "c1",
      category: "RECRUITMENT_PRACTICE",
      challenge:
        "Digitaliseringsdirektoratet ble etablert 1. januar 2020 og har hatt høy rekrutteringstakt, særlig innen utvikling, arkitektur og informasjonssikkerhet. Rekrutteringene skjer ofte raskt og med høye formelle krav, noe som kan stenge ute søkere med hull i CV-en.",
      opportunities: "",
    },
    {
      id: "c2",
      category: "TARGET_GROUP_BARRIERS",
      challenge: "Vi har lite kontakt med NAV om kandidater i målgruppen.",
      opportunities:
        "Vi har kontorer i Oslo, Brønnøysund og Leikanger og ser muligheter i å bruke kontorstedene utenfor Oslo aktivt i samarbeid med de lokale NAV-kontorene.",
    },
  ],
  measures: [],
  goals: [],
  goalLink: NO_GOAL_LINK,
  responsibilities: [],
  trainee: {
    decision: "WILL_USE",
    positions: "Utvikling, tjenestedesign og forvaltning",
    count: 3,
    reasoning:
      "Programmet passer godt med arbeidet vårt med universell utforming, der erfaringene til brukere med nedsatt funksjonsevne er særlig verdifulle.",
  },
};

/**
 * Keyed by the agency's shortName. Agencies not listed have a plan that is NOT_STARTED (DSS,
 * DiBK, HTU, Distriktssenteret, STAF).
 */
export const PLANS_2020: Record<string, PlanSeed> = {
  Husbanken: {
    status: "DRAFT",
    content: HUSBANKEN,
    history: [
      { action: "start", at: t("2020-11-12T09:20:00Z") },
      { action: "save", at: t("2020-11-19T14:32:00Z") },
    ],
  },
  Valgdirektoratet: {
    status: "SUBMITTED",
    content: VALGDIREKTORATET,
    history: [
      { action: "start", at: t("2020-11-09T10:05:00Z") },
      { action: "save", at: t("2020-11-20T13:30:00Z") },
      { action: "submit", at: t("2020-11-27T13:42:00Z") },
    ],
  },
  Kartverket: {
    status: "SUBMITTED",
    content: KARTVERKET,
    history: [
      { action: "start", at: t("2020-11-09T08:30:00Z"), content: KARTVERKET_V1 },
      { action: "submit", at: t("2020-11-16T12:10:00Z"), content: KARTVERKET_V1 },
      { action: "requestChanges", at: t("2020-11-23T09:45:00Z") },
      { action: "submit", at: t("2020-11-30T14:05:00Z") },
    ],
  },
  Statsbygg: {
    status: "CHANGES_REQUESTED",
    content: STATSBYGG,
    history: [
      { action: "start", at: t("2020-11-10T11:00:00Z") },
      { action: "submit", at: t("2020-11-24T10:20:00Z") },
      {
        action: "requestChanges",
        at: t("2020-12-03T13:15:00Z"),
        comments: [
          { element: "goals", body: "Målene bør ha en dato og et tall." },
          { element: "general", body: "Vennligst konkretiser målene og send inn på nytt innen 15.1.2021." },
        ],
      },
    ],
  },
  Datatilsynet: {
    status: "APPROVED",
    content: DATATILSYNET,
    history: [
      { action: "start", at: t("2020-11-03T09:00:00Z") },
      { action: "submit", at: t("2020-11-20T11:15:00Z") },
      {
        action: "approve",
        at: t("2020-12-08T09:40:00Z"),
        comments: [{ element: "measures", body: "Godt konkretisert. Husk å rapportere status i etatsstyringsmøtet." }],
      },
    ],
  },
  Digdir: {
    status: "DRAFT",
    content: DIGDIR,
    history: [{ action: "start", at: t("2020-11-26T15:02:00Z") }],
  },
};
