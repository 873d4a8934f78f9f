import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { UserPrincipal } from "@/lib/access";
import { currentActor } from "@/lib/auth/session";
import { setLocaleResolver } from "@/lib/i18n/current";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locale";
import { textsIn, type Dictionary } from "@/lib/i18n/messages";

// Which language a request is answered in: the signed-in person's choice; before sign-in (or until
// they choose) the language chosen on the login page, else the browser's Accept-Language; bokmål
// when nothing says otherwise.

const storage = new AsyncLocalStorage<Locale>();
setLocaleResolver(() => storage.getStore() ?? DEFAULT_LOCALE);

export const requestLocale = cache(async (): Promise<Locale> => localeFor(await currentActor()));

/** The request's language for a signed-in person already at hand (or none): their session is not read again. */
export async function localeFor(actor: UserPrincipal | null): Promise<Locale> {
  if (actor && isLocale(actor.locale)) return actor.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
}

/** A page's texts in the request's language. */
export async function getTexts<T>(dictionary: Dictionary<T>): Promise<T> {
  return textsIn(dictionary, await requestLocale());
}

/** Runs work (a server action, a route handler) in the request's language, so `localized()` inside answers in it. */
export async function inRequestLocale<T>(run: () => Promise<T>): Promise<T> {
  return storage.run(await requestLocale(), run);
}

/** Runs work in a given language: a job writing to one person, in their language. */
export function inLocale<T>(locale: Locale, run: () => T): T {
  return storage.run(locale, run);
}
