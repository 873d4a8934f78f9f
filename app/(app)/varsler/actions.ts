"use server";

import { revalidatePath } from "next/cache";
import { withActor, type ActionResult } from "@/lib/auth/action";
import { markAllRead } from "@/lib/data/notifications";

/** Marks all of one's notifications read (the bell's count with them). */
export async function markAllReadAction(): Promise<ActionResult> {
  return withActor(async (actor) => {
    const count = await markAllRead(actor);
    revalidatePath("/", "layout");
    return { ok: true, message: count === 0 ? "Du hadde ingen uleste varsler." : "Alle varsler er merket som lest." };
  }, "notification.read");
}
