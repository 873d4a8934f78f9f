"use client";
import { createContext, useContext } from "react";
import { setLocaleResolver } from "@/lib/i18n/current";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { textsIn, type Dictionary } from "@/lib/i18n/messages";

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** The page's language for the client components below it (and for `localized()` in the browser: form schemas' messages). */
export function LocaleProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  // One language per page in a browser: shared code (a form's Zod messages) reads it through localized().
  if (typeof window !== "undefined") setLocaleResolver(() => locale);
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** A dictionary's texts in the page's language. */
export function useTexts<T>(dictionary: Dictionary<T>): T {
  return textsIn(dictionary, useContext(LocaleContext));
}
