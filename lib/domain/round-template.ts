import { AGENCY_PLACEHOLDER } from "@/lib/domain/letter";
import { formatShortDate } from "@/lib/domain/format";

/** The five required elements of an action plan, as the letters list them. */
export const REQUIRED_ELEMENTS_LIST = [
  "- identifisere utfordringer knyttet til rekruttering fra målgruppen og muligheter som finnes for å løse utfordringene",
  "- foreslå måter å jobbe med utfordringene",
  "- utvikle kortsiktige og langsiktige mål for inkludering",
  "- koble inkludering til virksomhetens mål og tjenesteproduksjon",
  "- ha tydelig ansvarsfordeling",
].join("\n");

export const TRAINEE_PARAGRAPH =
  "Alle statlige virksomheter bør vurdere å benytte seg av traineeprogrammet, som treffer målgruppen for inkluderingsdugnaden. Handlingsplanen bør inneholde vurderingen som er gjort med hensyn til deltakelse i programmet. Vi vil understreke at dette er en treffsikker metode for å få ansatt godt kvalifiserte medarbeidere i målgruppen.";

export const DFO_PARAGRAPH =
  "Vi gjør også oppmerksom på at DFØs arbeidsgiverportal bidrar med støtte og veiledning i arbeidet med inkluderingsdugnaden.";

export const followUpParagraph = (year: number) =>
  `Handlingsplanen vil bli fulgt opp i styringsdialogen fremover. Den kommer i tillegg til den rapporteringen som skal gjøres i årsrapporten for ${year}.`;

export const HR_GATHERING_PARAGRAPH =
  "Det vil i løpet av november bli avholdt en samling for personalsjefene i sektoren, hvor temaet blant annet vil være erfaringsutveksling rundt arbeidet med inkluderingsdugnaden.";

/**
 * The built-in template: the 2020 addendum text (the letter to Husbanken), with {virksomhet}
 * where each letter names its agency, for the given year and deadline.
 */
export function builtInTemplate(year: number, deadline: Date | null): string {
  const v = AGENCY_PLACEHOLDER;
  return [
    "1. INNLEDNING",
    `Kommunal- og moderniseringsdepartementet (KMD) viser til fellesføringen om inkluderingsdugnaden i tildelingsbrevet for ${year}, der virksomhetene er bedt om å redegjøre for hvordan rekrutteringsarbeidet har vært innrettet for å nå målet om 5 pst., vurdere eget arbeid opp mot målene, og omtale utfordringer og vellykkede tiltak. Har ${v} hatt nytilsetninger i faste eller midlertidige stillinger i ${year}, skal dere melde i årsrapporten antallet med nedsatt funksjonsevne eller hull i CV-en, sammen med nytilsetninger i faste og midlertidige stillinger totalt.`,
    `KMD ser av foreløpige tall at KMDs sektor under ett er noe fra måloppnåelse for ${year}. Det er derfor behov for å foreta en vurdering av dagens tiltak, samt vurdere innføringen av nye tiltak som kan sikre bedre måloppnåelse. KMD vil utarbeide en felles, strategisk handlingsplan for oppfølging av inkluderingsdugnaden på departementsnivå for KMD-sektoren. Handlingsplanen skal gjelde fra nå av og ut stortingsperioden, og vil bygge på handlingsplaner som skal utarbeides i den enkelte virksomhet.`,
    "2. UTARBEIDELSE AV HANDLINGSPLAN",
    `KMD ber ${v} om å utarbeide en handlingsplan som er tilpasset egen virksomhet. Handlingsplanen skal beskrive hvordan ${v} jobber for å nå 5 %-målet i egen virksomhet med vekt på følgende –`,
    REQUIRED_ELEMENTS_LIST,
    TRAINEE_PARAGRAPH,
    DFO_PARAGRAPH,
    followUpParagraph(year),
    `Vi ber om å få tilsendt virksomhetens handlingsplan **innen ${deadline ? formatShortDate(deadline) : "[frist]"}**.`,
    HR_GATHERING_PARAGRAPH,
  ].join("\n\n");
}
