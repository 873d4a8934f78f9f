import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { UserPrincipal } from "@/lib/access";
import { sessionIdFrom } from "@/lib/auth/session-cookie";
import { sessionPrincipal } from "@/lib/data/sessions";

/** The signed-in user of this request (its session checked once per request), or null. */
export const currentActor = cache(async (): Promise<UserPrincipal | null> => {
  const sid = await sessionIdFrom(await headers());
  return sid ? sessionPrincipal(sid) : null;
});

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requireActor(): Promise<UserPrincipal> {
  const actor = await currentActor();
  if (!actor) redirect("/logg-inn");
  return actor;
}
