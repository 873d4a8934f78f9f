// The language chooser's texts (issue 14). Each language's name is written in that language.
import { defineTexts } from "@/lib/i18n/messages";

export const languageTexts = defineTexts(
  {
    heading: "Språk",
    intro: "Velg språket Dugnad skal bruke for deg. Brev, handlingsplaner, referater og sektorplanen er offisielle dokumenter og er alltid på norsk.",
    chooserLabel: "Velg språk",
    current: "(valgt)",
    saved: "Språket er lagret.",
  },
  {
    heading: "Language",
    intro: "Choose the language Dugnad uses for you. Letters, action plans, minutes and the sector plan are official documents and are always in Norwegian.",
    chooserLabel: "Choose language",
    current: "(chosen)",
    saved: "Your language has been saved.",
  },
);

/** Each language by its own name, with its language tag (WCAG 3.1.2: the language of parts). */
export const LANGUAGE_NAMES = { nb: "Norsk (bokmål)", en: "English" } as const;
