// The letters of the 2020 round (one per agency); the agencies' action plans in it are in ./plans-2020.
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
  signatories: { name: string; title: string; byAuthority: boolean }[];
}

/** The sender of the DSS letter, and of the other letters where the seeds say nothing. */
export const DEFAULT_SENDER_2020: LetterSender = {
  department: "Statsforvaltningsavdelingen",
  caseworkerName: "Gunn Dianne Rydning",
  caseworkerPhone: "22 24 46 36",
  signatories: [
    { name: "Jan Olav Pettersen", title: "ekspedisjonssjef", byAuthority: true },
    { name: "Gunn Dianne Rydning", title: "seniorrådgiver", byAuthority: false },
  ],
};

const HOUSING_SENDER: LetterSender = {
  department: "Bolig- og byggningsavdelingen",
  caseworkerName: "Marie Brun Landmark",
  caseworkerPhone: "22 24 71 42",
  signatories: [
    { name: "Benedikte Endresen", title: "avdelingsdirektør", byAuthority: true },
    { name: "Marie Brun Landmark", title: "rådgiver", byAuthority: false },
  ],
};

/**
 * The sender of the letter to Valgdirektoratet: KMD's department for elections, signed by an
 * acting head of department and an adviser, not the signatories of the DSS and Husbanken letters
 * (../shared/DOMAIN.md, "Letters"). That letter is not among the seeds, so its names are made up
 * for the demo; what it shows is that each letter carries its own sender and signatories.
 */
const ELECTIONS_SENDER: LetterSender = {
  department: "Kommunalavdelingen",
  caseworkerName: "Eirik Brekke",
  caseworkerPhone: "22 24 68 10",
  signatories: [
    { name: "Ingvild Aasen", title: "fungerende ekspedisjonssjef", byAuthority: true },
    { name: "Eirik Brekke", title: "rådgiver", byAuthority: false },
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
  Valgdirektoratet: {
    number: "Tillegg nr. 4",
    ourRef: "20/118-23",
    date: d(2020, 11, 2),
    readAt: t("2020-11-02T13:10:00Z"),
    sender: ELECTIONS_SENDER,
  },
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

// The agencies' plans in this round (structured content and history) live in ./plans-2020.
export { PLANS_2020, type PlanSeed, type PlanStepSeed, type ReviewCommentSeed } from "./plans-2020";
