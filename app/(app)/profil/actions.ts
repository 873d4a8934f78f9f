"use server";

import { signOut } from "@/lib/auth";
import { withActor } from "@/lib/auth/action";
import { endAllOwnSessions } from "@/lib/data/sessions";

/** "Sign out everywhere": every session of the user ends (other browsers at their next request), then this one signs out. */
export async function signOutEverywhereAction(): Promise<void> {
  const result = await withActor(async (actor) => {
    await endAllOwnSessions(actor);
    return { ok: true };
  });
  if (result.ok) await signOut({ redirectTo: "/logg-inn?utlogget=overalt" });
}
