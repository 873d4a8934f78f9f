// The accessibility statement (app/(public)/tilgjengelighet), served to anyone, signed in or not.
import { defineTexts } from "@/lib/i18n/messages";

export const accessibilityTexts = defineTexts(
  {
    title: "Tilgjengelighetserklæring",
    heading: "Tilgjengelighetserklæring for Dugnad",
    intro:
      "Dugnad skal kunne brukes av alle. Løsningen er laget for å oppfylle kravene til universell utforming av ikt (WCAG 2.1 nivå A og AA), og hver side kontrolleres automatisk med axe når løsningen testes.",
    howHeading: "Slik er løsningen laget",
    how: [
      "Alle sider kan brukes med tastatur alene, og fokus vises tydelig.",
      "Diagrammer har en kort tekst, og de samme tallene står i en tabell under.",
      "Status vises med tekst, ikke bare med farge.",
      "Feil i skjemaer vises ved feltet, med en forklaring på hva som må rettes.",
      "Brev og planer kan lastes ned som PDF og DOCX med overskrifter og lister.",
      "Grensesnittet finnes på norsk (bokmål) og engelsk. Brev, handlingsplaner, referater og sektorplanen er offisielle dokumenter og er alltid på norsk; de er merket med språket sitt.",
    ],
    gapsHeading: "Kjente mangler",
    gaps:
      "PDF-filene er ikke merket (tagget) for skjermlesere ennå. Bruk DOCX-versjonen eller siden i nettleseren hvis du bruker skjermleser.",
    feedbackHeading: "Gi tilbakemelding",
    feedback:
      "Finner du noe som ikke virker for deg, ta kontakt med departementets kontaktperson for inkluderingsdugnaden. Du kan også klage til Tilsynet for universell utforming av ikt (uutilsynet.no).",
    home: "Til forsiden",
  },
  {
    title: "Accessibility statement",
    heading: "Accessibility statement for Dugnad",
    intro:
      "Dugnad is meant to be usable by everyone. It is built to meet the Norwegian requirements for universal design of ICT (WCAG 2.1 levels A and AA), and every page is checked automatically with axe when the service is tested.",
    howHeading: "How the service is built",
    how: [
      "Every page can be used with a keyboard alone, and focus is clearly visible.",
      "Charts have a short text, and the same figures are in a table below them.",
      "Status is shown with text, not with colour alone.",
      "Errors in forms are shown at the field, with an explanation of what needs to be corrected.",
      "Letters and plans can be downloaded as PDF and DOCX with headings and lists.",
      "The interface is available in Norwegian (bokmål) and English. Letters, action plans, minutes and the sector action plan are official documents and are always in Norwegian; they are marked with their language.",
    ],
    gapsHeading: "Known gaps",
    gaps:
      "The PDF files are not yet tagged for screen readers. Use the DOCX version or the page in the browser if you use a screen reader.",
    feedbackHeading: "Give feedback",
    feedback:
      "If you find something that does not work for you, contact the ministry's contact person for the inclusion drive. You can also complain to the Norwegian Authority for Universal Design of ICT (uutilsynet.no).",
    home: "To the front page",
  },
);
