// KMD's sector action plan for 2021, exactly as the seed document has it
// (../shared/seeds/sektorplan-2021.txt), published as version 1, and a few agencies' follow-up
// of its measures. Measures written with "skal" are mandatory, the NAV one ("bør") recommended.
// In Kompetanse, the paragraph after the Tiltak ("KMD lanserer … Det forventes at ledere …
// gjennomfører kurset.") is a second measure, recommended: it asks something of the agencies
// (that leaders take the course) that each can report on, but as an expectation, not a "skal".
import type { FollowUpStatus } from "../../lib/domain/follow-up";
import type { SectorPlanContent } from "../../lib/domain/sector-plan";

export const SECTOR_PLAN_2021_YEAR = 2021;
export const SECTOR_PLAN_2021_CREATED_AT = new Date("2021-01-11T09:00:00Z");
export const SECTOR_PLAN_2021_PUBLISHED_AT = new Date("2021-01-20T12:00:00Z");

export const SECTOR_PLAN_2021: SectorPlanContent = {
  title: "Handlingsplan 2021 – Oppfølging av inkluderingsdugnaden i KMD-sektoren",
  introduction:
    "Regjeringen har satt et mål om at fem prosent av alle nyansatte i staten skal være personer med nedsatt funksjonsevne eller hull i CV-en. På bakgrunn av handlingsplaner fra virksomhetene i KMD-sektoren, har KMD fastsatt følgende handlingsplan for inkluderingsdugnaden for departementet og virksomhetene i KMD-sektoren.",
  themes: [
    {
      id: "tema-etatsstyring",
      title: "Etatsstyringsdialogen",
      description: "",
      measures: [
        {
          id: "tiltak-etatsstyring-plan",
          kind: "MANDATORY",
          due: "",
          text: "Det skal legges en plan for hvordan handlingsplanen skal følges opp i virksomheten i det første etatsstyringsmøtet mellom KMD og virksomheten i 2021.",
        },
      ],
    },
    {
      id: "tema-lederforankring",
      title: "Lederforankring",
      description:
        "Ledere er viktige rollemodeller og regjeringens målsetting om inkluderingsdugnaden er et felles resultatkrav for toppledere i KMD og i KMD-sektoren.",
      measures: [
        {
          id: "tiltak-ledersamtaler",
          kind: "MANDATORY",
          due: "",
          text: "Oppfølging av handlingsplanen skal tas opp i leder-/resultatsamtaler i 2021.",
        },
      ],
    },
    {
      id: "tema-kompetanse",
      title: "Kompetanse",
      description:
        "På DFØs arbeidsgiverportal er det flere kurs om mangfold og inkludering og kan brukes for kompetansepåfyll for ledere og HR-medarbeidere.",
      measures: [
        {
          id: "tiltak-kompetanseplan",
          kind: "MANDATORY",
          due: "",
          text: "Virksomheten skal sette mangfold og inkludering på virksomhetens kompetanseplan og sørge for at ledere/HR-medarbeidere bruker DFØs digitale kurstilbud.",
        },
        {
          id: "tiltak-e-laering",
          kind: "RECOMMENDED",
          due: "",
          text: "KMD lanserer i slutten av januar et e-læringskurs i mangfoldsrekruttering. Det forventes at ledere på alle nivåer med personal- og rekrutteringsansvar gjennomfører kurset.",
        },
      ],
    },
    {
      id: "tema-rekrutteringspraksis",
      title: "Rekrutteringspraksis",
      description:
        "For å bli en mer inkluderende virksomhet, må toppleder, rekrutterende ledere og HR jobbe sammen for å forbedre virksomhetens rutiner og arbeidsformer knyttet til rekruttering.",
      measures: [
        {
          id: "tiltak-rekrutteringsrutiner",
          kind: "MANDATORY",
          due: "",
          text: "Virksomhetene skal sørge for å ha rekrutteringsrutiner som ivaretar mangfold i rekrutteringsprosesser. Dette gjelder utarbeidelse av jobbanalyser, annonseutforming, profileringskanaler, utvelgelse til- og gjennomføring av intervjuer.",
        },
      ],
    },
    {
      id: "tema-trainee",
      title: "Deltakelse i trainee-programmet",
      description:
        "Gjennom trainee-programmet har et betydelig antall statlige virksomheter fått erfaring med å rekruttere og tilrettelegge for personer med nedsatt funksjonsevne eller hull i cv. Ledere og HR-medarbeidere gir gode tilbakemeldinger om erfaringene med programmet.",
      measures: [
        {
          id: "tiltak-trainee",
          kind: "MANDATORY",
          due: "",
          text: "Virksomhetene skal tidlig i 2021 vurdere å bruke trainee-programmet for personer med nedsatt funksjonsevne eller hull i CV på ledige stillinger.",
        },
      ],
    },
    {
      id: "tema-nav",
      title: "Samarbeid med NAV",
      description:
        "NAV i hver enkelt kommune kan bistå som diskusjonspartner både før stillinger lyses ut og i arbeidet med å finne kandidater i målgruppen for inkluderingsdugnaden. NAV kan også bistå med personer til hospitering og administrative ansettelse.",
      measures: [
        {
          id: "tiltak-nav",
          kind: "RECOMMENDED",
          due: "",
          text: "Virksomhetene bør etablere et samarbeid med det lokale NAV-kontoret for å øke tilfanget av søkere til ledige stillinger og legge til rette for hospiteringsordninger.",
        },
      ],
    },
  ],
};

export interface FollowUpSeed {
  measureId: string;
  status: FollowUpStatus;
  reason?: string;
  comment?: string;
  at: Date;
}

const at = (iso: string) => new Date(iso);

/** Follow-up reported by some agencies (by short name); the rest have not reported yet. */
export const FOLLOW_UPS_2021: Record<string, FollowUpSeed[]> = {
  Datatilsynet: [
    { measureId: "tiltak-etatsstyring-plan", status: "DONE", comment: "Plan lagt fram i etatsstyringsmøtet 9. februar.", at: at("2021-02-10T10:00:00Z") },
    { measureId: "tiltak-ledersamtaler", status: "DONE", comment: "Tatt opp i alle ledersamtaler i mars.", at: at("2021-03-30T10:00:00Z") },
    { measureId: "tiltak-kompetanseplan", status: "IN_PROGRESS", comment: "Står i kompetanseplanen; kursene tas i høst.", at: at("2021-04-12T10:00:00Z") },
    { measureId: "tiltak-e-laering", status: "DONE", comment: "Alle ledere har tatt kurset.", at: at("2021-03-01T10:00:00Z") },
    { measureId: "tiltak-rekrutteringsrutiner", status: "IN_PROGRESS", comment: "Ny mal for jobbanalyse er på høring.", at: at("2021-04-12T10:05:00Z") },
    { measureId: "tiltak-trainee", status: "DONE", comment: "Én traineestilling lyst ut i februar.", at: at("2021-02-20T10:00:00Z") },
    { measureId: "tiltak-nav", status: "NOT_STARTED", at: at("2021-02-10T10:05:00Z") },
  ],
  Valgdirektoratet: [
    { measureId: "tiltak-etatsstyring-plan", status: "DONE", at: at("2021-02-15T09:00:00Z") },
    { measureId: "tiltak-ledersamtaler", status: "IN_PROGRESS", comment: "Samtalene holdes i april.", at: at("2021-02-15T09:05:00Z") },
    {
      measureId: "tiltak-trainee",
      status: "NOT_RELEVANT",
      reason: "Ingen ledige stillinger i 2021 som passer for programmet; vurderes på nytt for 2022.",
      at: at("2021-02-15T09:10:00Z"),
    },
  ],
  Statsbygg: [
    { measureId: "tiltak-etatsstyring-plan", status: "DONE", at: at("2021-02-05T08:00:00Z") },
    { measureId: "tiltak-kompetanseplan", status: "IN_PROGRESS", at: at("2021-03-05T08:00:00Z") },
    { measureId: "tiltak-nav", status: "IN_PROGRESS", comment: "Møte med NAV Oslo avtalt.", at: at("2021-03-05T08:05:00Z") },
  ],
  Husbanken: [{ measureId: "tiltak-etatsstyring-plan", status: "IN_PROGRESS", comment: "Tas opp i møtet 3. mars.", at: at("2021-02-01T08:00:00Z") }],
};
