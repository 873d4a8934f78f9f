// Texts of the 2020 addendum round "Handlingsplan for inkluderingsdugnaden" (KMD), taken from the
// letters to Husbanken (20/56-69, 4. november 2020) and DSS (19/4649-79, 30. oktober 2020) in
// shared/seeds/. Only the letter body is kept: letterhead, footer (Postadresse, Kontoradresse,
// Saksbehandler …), "Med hilsen" and signatures are rendered from the letter's own fields.
//
// Body format (see lib/domain/letter.ts): paragraphs separated by one blank line, "1. Innledning"
// is a section heading, lines starting with "- " form a list, **bold** is inline bold.
import { fillTemplate } from "../../lib/domain/letter";
import {
  builtInTemplate,
  DFO_PARAGRAPH,
  followUpParagraph,
  HR_GATHERING_PARAGRAPH,
  REQUIRED_ELEMENTS_LIST,
  TRAINEE_PARAGRAPH,
} from "../../lib/domain/round-template";

export const ROUND_2020_TITLE = "Handlingsplan for inkluderingsdugnaden";
export const ROUND_2020_YEAR = 2020;
/** innen 1.12.2020 */
export const ROUND_2020_DEADLINE = new Date(Date.UTC(2020, 11, 1));

/**
 * The round's shared text (Husbanken's wording): the app's built-in template, with {virksomhet}
 * where the letter names the agency. Each letter fills it with the agency's short name.
 */
export const ROUND_2020_TEMPLATE = builtInTemplate(ROUND_2020_YEAR, ROUND_2020_DEADLINE);

/** The letter body for an agency from the shared template. */
export function letterBody2020(agencyShortName: string): string {
  return fillTemplate(ROUND_2020_TEMPLATE, agencyShortName);
}

/** DSS's letter (Tillegg 3) keeps its own wording: its second paragraph, "5%-målet", "følgende:". */
export const DSS_LETTER_2020_BODY = [
  "1. Innledning",
  "Kommunal- og moderniseringsdepartementet (KMD) viser til fellesføringen om inkluderingsdugnaden i tildelingsbrevet for 2020, der DSS er bedt om å redegjøre for hvordan rekrutteringsarbeidet har vært innrettet for å nå målet om 5 pst., vurdere eget arbeid opp mot målene, og omtale utfordringer og vellykkede tiltak. Har DSS hatt nytilsetninger i faste eller midlertidige stillinger i 2020, skal dere melde i årsrapporten antallet med nedsatt funksjonsevne eller hull i CV-en, sammen med nytilsetninger i faste og midlertidige stillinger totalt.",
  "Foreløpige tall for 2020 kan tyde på at det er behov for en ekstra innsats for at virksomhetene under KMDs ansvarsområde skal nå målet om 5 pst inneværende år. Dette gjelder også for DSS, som ved siste innrapportering ikke hadde noen tilsetninger i målgruppen.",
  "Det er derfor behov for å foreta en vurdering av dagens tiltak, samt vurdere innføringen av nye tiltak som kan sikre bedre måloppnåelse. KMD vil utarbeide en felles, strategisk handlingsplan for oppfølging av inkluderingsdugnaden på departementsnivå for KMD-sektoren. Handlingsplanen skal gjelde fra nå av og ut stortingsperioden, og vil bygge på handlingsplaner som skal utarbeides i den enkelte virksomhet.",
  "2. Utarbeidelse av handlingsplan",
  "KMD ber DSS om å utarbeide en handlingsplan som er tilpasset egen virksomhet. Handlingsplanen skal beskrive hvordan DSS jobber for å nå 5%-målet i egen virksomhet med vekt på følgende:",
  REQUIRED_ELEMENTS_LIST,
  TRAINEE_PARAGRAPH,
  DFO_PARAGRAPH,
  followUpParagraph(2020),
  "Vi ber om å få tilsendt virksomhetens handlingsplan innen 1.12.2020.",
  HR_GATHERING_PARAGRAPH,
].join("\n\n");

/** The body of the 2020 letter to the agency with this short name. */
export function letterBodyFor(agencyShortName: string): string {
  return agencyShortName === "DSS" ? DSS_LETTER_2020_BODY : letterBody2020(agencyShortName);
}
