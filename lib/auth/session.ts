import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { loadActor, type Actor } from "@/lib/data/actor";

/** The signed-in actor (loaded fresh from the database once per request), or a redirect to login. */
export const requireActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) redirect("/logg-inn");
  const actor = await loadActor(userId);
  if (!actor) redirect("/logg-inn");
  return actor;
});

/** For server actions and route handlers: the actor, or null when signed out. */
export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? loadActor(userId) : null;
}
