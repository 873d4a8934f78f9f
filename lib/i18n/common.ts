// The texts code outside components/ needs (errors, sign-in, the home page, plan elements …) in
// both languages. `nb` (lib/i18n/nb.ts) stays the source and is what documents use directly;
// interface code reads `commonTexts` through getTexts / useTexts / localized.
import { localized } from "@/lib/i18n/current";
import { en } from "@/lib/i18n/en";
import { defineTexts } from "@/lib/i18n/messages";
import { nb } from "@/lib/i18n/nb";

export const commonTexts = defineTexts(nb, en);

/**
 * The common texts in the current language: the request's in server actions and route handlers,
 * the page's in the browser, bokmål elsewhere (jobs choose with `inLocale`). Read it when the text
 * is needed, never at module load (a Zod message: `{ error: () => common().errors.required }`).
 */
export const common = () => localized(commonTexts);
