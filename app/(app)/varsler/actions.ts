"use server";

import { revalidatePath } from "next/cache";
import { withActor, type ActionResult } from "@/lib/auth/action";
import { markAllRead } from "@/lib/data/notifications";
import { localized } from "@/lib/i18n/current";
import { notificationUiTexts } from "@/lib/i18n/notifications";

/** Marks all of one's notifications read (the bell's count with them). */
export async function markAllReadAction(): Promise<ActionResult> {
  return withActor(async (actor) => {
    const count = await markAllRead(actor);
    revalidatePath("/", "layout");
    const t = localized(notificationUiTexts).list;
    return { ok: true, message: count === 0 ? t.noneUnread : t.allMarked };
  }, "notification.read");
}
