"use server";

import { signOut } from "@/lib/auth";
import { withActor } from "@/lib/auth/action";
import { revalidatePath } from "next/cache";
import { endAllOwnSessions } from "@/lib/data/sessions";
import { setOwnLocale } from "@/lib/data/users";
import { chosenLocale, rememberLocale } from "@/lib/i18n/choose-locale";

/** "Sign out everywhere": every session of the user ends (other browsers at their next request), then this one signs out. */
export async function signOutEverywhereAction(): Promise<void> {
  const result = await withActor(async (actor) => {
    await endAllOwnSessions(actor);
    return { ok: true };
  });
  if (result.ok) await signOut({ redirectTo: "/logg-inn?utlogget=overalt" });
}

/** The person's interface language: stored on them (every browser they sign in on) and in this browser. */
export async function chooseLanguageAction(form: FormData): Promise<void> {
  const locale = chosenLocale(form);
  if (!locale) return;
  const result = await withActor(async (actor) => {
    await setOwnLocale(actor, locale);
    return { ok: true };
  });
  if (!result.ok) return;
  await rememberLocale(locale);
  // The root layout's lang and every text change: render everything anew.
  revalidatePath("/", "layout");
}
