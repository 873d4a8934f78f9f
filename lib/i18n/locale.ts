// The interface's languages (issue 14): Norwegian bokmål, the default, and English. Which one a
// request gets is decided in lib/i18n/server.ts; this module is shared by server and browser.
import Negotiator from "negotiator";

export const LOCALES = ["nb", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nb";

/** The cookie that carries a choice made before sign-in (the login page's language link). */
export const LOCALE_COOKIE = "dugnad-sprak";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// Norwegian in any of its written forms, or Northern Sami from Norway's public sector, reads bokmål.
const NORWEGIAN_TAGS = ["nb", "no", "nn", "se"];

/**
 * The language an `Accept-Language` header prefers among ours (q-values honoured, "en-GB" matches
 * "en", "nn" and "no" read bokmål); bokmål when the header names neither.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const [best] = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages([...NORWEGIAN_TAGS, "en"]);
  return best === "en" ? "en" : DEFAULT_LOCALE;
}
