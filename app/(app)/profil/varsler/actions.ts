"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { savePreferences } from "@/lib/data/notifications";
import { notificationPreferencesSchema } from "@/lib/domain/schemas";

/** Saves one's own e-mail choices for notifications. */
export const savePreferencesAction = defineAction(
  notificationPreferencesSchema,
  async (input, actor) => {
    await savePreferences(actor, input);
    revalidatePath("/profil/varsler");
    return { ok: true, message: "Innstillingene for varsler er lagret." };
  },
  "notification.read",
);
