// The texts code outside components/ needs (errors, sign-in, the home page, plan elements …) in
// both languages. `nb` (lib/i18n/nb.ts) stays the source and is what documents use directly;
// interface code reads `commonTexts` through getTexts / useTexts / localized.
import { en } from "@/lib/i18n/en";
import { defineTexts } from "@/lib/i18n/messages";
import { nb } from "@/lib/i18n/nb";

export const commonTexts = defineTexts(nb, en);
