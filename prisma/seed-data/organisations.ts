// KMD's sector as it stood in 2020–2021 (KMD became KDD on 1 January 2022), and Riksrevisjonen,
// which receives every letter in copy. Org numbers are nine digits with a valid mod-11 check digit.

export interface OrganisationSeed {
  name: string;
  shortName: string;
  orgNumber: string;
  /** As printed in a letter, one line per element. */
  postalAddress: string;
  letterhead?: string;
  officeAddress?: string;
  email?: string;
  website?: string;
  phone?: string;
  /** When an agency came into being, if within the reporting years (it reports from then on). */
  establishedOn?: Date;
}

export const KMD: OrganisationSeed = {
  name: "Kommunal- og moderniseringsdepartementet",
  shortName: "KMD",
  orgNumber: "972417858",
  postalAddress: "Postboks 8112 Dep\n0032 Oslo",
  letterhead: "DET KONGELIGE KOMMUNAL- OG MODERNISERINGSDEPARTEMENT",
  officeAddress: "Akersg. 59",
  email: "postmottak@kmd.dep.no",
  website: "www.kmd.dep.no",
  phone: "22 24 90 90",
};

export const RIKSREVISJONEN: OrganisationSeed = {
  name: "Riksrevisjonen",
  shortName: "Riksrevisjonen",
  orgNumber: "974760843",
  postalAddress: "Postboks 6835 St. Olavs plass\n0130 OSLO",
};

/** The eleven agencies under KMD, in the order of DOMAIN.md. */
export const AGENCIES: OrganisationSeed[] = [
  {
    name: "Departementenes sikkerhets- og serviceorganisasjon",
    shortName: "DSS",
    orgNumber: "999129110",
    postalAddress: "Postboks 8129 Dep\n0032 OSLO",
  },
  { name: "Husbanken", shortName: "Husbanken", orgNumber: "974760347", postalAddress: "Postboks 1404\n8002 BODØ" },
  {
    name: "Valgdirektoratet",
    shortName: "Valgdirektoratet",
    orgNumber: "916132425",
    postalAddress: "Postboks 2044\n3103 TØNSBERG",
  },
  {
    name: "Statens kartverk",
    shortName: "Kartverket",
    orgNumber: "971040238",
    postalAddress: "Postboks 600 Sentrum\n3507 HØNEFOSS",
  },
  { name: "Statsbygg", shortName: "Statsbygg", orgNumber: "971278374", postalAddress: "Postboks 8106 Dep\n0032 OSLO" },
  {
    name: "Direktoratet for byggkvalitet",
    shortName: "DiBK",
    orgNumber: "974760223",
    postalAddress: "Postboks 8742 Youngstorget\n0028 OSLO",
  },
  {
    name: "Husleietvistutvalget",
    shortName: "HTU",
    orgNumber: "974760339",
    postalAddress: "Postboks 8068 Dep\n0031 OSLO",
  },
  {
    name: "Distriktssenteret",
    shortName: "Distriktssenteret",
    orgNumber: "990778094",
    postalAddress: "Postboks 23\n7701 STEINKJER",
  },
  {
    name: "Datatilsynet",
    shortName: "Datatilsynet",
    orgNumber: "974761467",
    postalAddress: "Postboks 458 Sentrum\n0105 OSLO",
  },
  {
    name: "Digitaliseringsdirektoratet",
    shortName: "Digdir",
    orgNumber: "991825827",
    postalAddress: "Postboks 1382 Vika\n0114 OSLO",
    // Difi and parts of Altinn became Digitaliseringsdirektoratet on 1 January 2020.
    establishedOn: new Date(Date.UTC(2020, 0, 1)),
  },
  {
    name: "Statsforvalterens fellestjenester",
    shortName: "STAF",
    orgNumber: "921627009",
    postalAddress: "Njøsavegen 2\n6863 LEIKANGER",
  },
];

export { DEMO_PASSWORD } from "../../lib/domain/demo";

export type DemoRole = "ADVISER" | "AGENCY_HR" | "LEADER" | "AUDITOR" | "ADMIN";

export interface UserSeed {
  email: string;
  name: string;
  title: string;
  role: DemoRole;
  /** shortName of the user's organisation */
  organisation: string;
}

/** HR users of the agencies: hr@<shortname lowercased>.test */
const HR_NAMES: Record<string, string> = {
  DSS: "Kari Nilsen",
  Husbanken: "Ola Nordmann",
  Valgdirektoratet: "Silje Andersen",
  Kartverket: "Lars Johansen",
  Statsbygg: "Marte Solberg",
  DiBK: "Anders Lie",
  HTU: "Hilde Dahl",
  Distriktssenteret: "Eirik Moen",
  Datatilsynet: "Nora Bakken",
  Digdir: "Jonas Strand",
  STAF: "Ragnhild Vik",
};

export const hrEmail = (shortName: string) => `hr@${shortName.toLowerCase()}.test`;

export const USERS: UserSeed[] = [
  { email: "radgiver@kmd.test", name: "Ingrid Berg", title: "seniorrådgiver", role: "ADVISER", organisation: "KMD" },
  { email: "leder@kmd.test", name: "Per Hansen", title: "ekspedisjonssjef", role: "LEADER", organisation: "KMD" },
  { email: "admin@kmd.test", name: "Astrid Lund", title: "seniorrådgiver, IT og administrasjon", role: "ADMIN", organisation: "KMD" },
  ...AGENCIES.map((a) => ({
    email: hrEmail(a.shortName),
    name: HR_NAMES[a.shortName] ?? "HR-rådgiver",
    title: "HR-rådgiver",
    role: "AGENCY_HR" as const,
    organisation: a.shortName,
  })),
  {
    email: "leder@husbanken.test",
    name: "Knut Haugen",
    title: "administrerende direktør",
    role: "LEADER",
    organisation: "Husbanken",
  },
  {
    email: "revisor@riksrevisjonen.test",
    name: "Randi Riis",
    title: "revisor",
    role: "AUDITOR",
    organisation: "Riksrevisjonen",
  },
];
