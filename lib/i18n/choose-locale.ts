import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/locale";

const localeField = z.object({ locale: z.enum(LOCALES) });

/** The language a chooser's form names; null for anything else (a forged value changes nothing). */
export function chosenLocale(form: FormData): Locale | null {
  const parsed = localeField.safeParse({ locale: form.get("locale") });
  return parsed.success ? parsed.data.locale : null;
}

/** Remembers the language in this browser for a year: it applies before sign-in too. */
export async function rememberLocale(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 24 * 3600 });
}
