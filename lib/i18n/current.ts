// The language of the work in progress, for code that has no request at hand (`localized(dictionary)`): Zod schemas' messages,
// errors raised in the data layer, helpers shared by pages and forms. On the server it is the
// request's language, set by the action and route wrappers (lib/i18n/server.ts runs them inside
// it); in the browser it is the page's (components/i18n/locale-provider.tsx). Bokmål otherwise.
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { textsIn, type Dictionary } from "@/lib/i18n/messages";

let resolve: () => Locale = () => DEFAULT_LOCALE;

/** Installed once per environment: the server's request store, or the browser's page language. */
export function setLocaleResolver(resolver: () => Locale): void {
  resolve = resolver;
}

export function currentLocale(): Locale {
  return resolve();
}

/** A dictionary's texts in the current language. */
export function localized<T>(dictionary: Dictionary<T>): T {
  return textsIn(dictionary, resolve());
}
