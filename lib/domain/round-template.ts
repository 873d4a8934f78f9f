import { AGENCY_PLACEHOLDER } from "@/lib/domain/letter";

/** The starting text of a new round; {virksomhet} becomes each agency's name in its letter. */
export function defaultRoundBody(year: number): string {
  const v = AGENCY_PLACEHOLDER;
  return [
    "1. Innledning",
    `Kommunal- og moderniseringsdepartementet (KMD) viser til fellesføringen om inkluderingsdugnaden i tildelingsbrevet for ${year}. Har ${v} hatt nytilsetninger i faste eller midlertidige stillinger i ${year}, skal dere melde i årsrapporten antallet med nedsatt funksjonsevne eller hull i CV-en, sammen med nytilsetninger i faste og midlertidige stillinger totalt.`,
    "2. Utarbeidelse av handlingsplan",
    `KMD ber ${v} om å utarbeide en handlingsplan som er tilpasset egen virksomhet. Handlingsplanen skal beskrive hvordan ${v} jobber for å nå 5 %-målet i egen virksomhet med vekt på følgende –`,
    [
      "- identifisere utfordringer knyttet til rekruttering fra målgruppen og muligheter som finnes for å løse utfordringene",
      "- foreslå måter å jobbe med utfordringene",
      "- utvikle kortsiktige og langsiktige mål for inkludering",
      "- koble inkludering til virksomhetens mål og tjenesteproduksjon",
      "- ha tydelig ansvarsfordeling",
    ].join("\n"),
    "Alle statlige virksomheter bør vurdere å benytte seg av traineeprogrammet, som treffer målgruppen for inkluderingsdugnaden. Handlingsplanen bør inneholde vurderingen som er gjort med hensyn til deltakelse i programmet.",
  ].join("\n\n");
}
