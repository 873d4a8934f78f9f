// A dictionary is one texts object per language. The Norwegian object is the source; the English
// one must have exactly its shape (the type checker refuses a missing or an extra key, and
// tests/unit/i18n-keys.test.ts checks the same at run time for every registered dictionary).
import type { Locale } from "@/lib/i18n/locale";

/** The shape of a translation of `T`: the same keys, strings for strings, functions with the same parameters. */
export type Messages<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R extends string ? string : Messages<R>
    : T extends readonly (infer U)[]
      ? readonly Messages<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Messages<T[K]> }
        : T;

export type Dictionary<T> = { readonly nb: T; readonly en: Messages<T> };

/** A dictionary from its Norwegian source and its English translation. */
export function defineTexts<T>(nb: T, en: Messages<T>): Dictionary<T> {
  return { nb, en };
}

/** The texts of a dictionary in one language. */
export function textsIn<T>(dictionary: Dictionary<T>, locale: Locale): T {
  return (locale === "en" ? dictionary.en : dictionary.nb) as T;
}
