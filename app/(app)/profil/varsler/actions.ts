"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { savePreferences } from "@/lib/data/notifications";
import { notificationPreferencesSchema } from "@/lib/domain/schemas";
import { localized } from "@/lib/i18n/current";
import { notificationUiTexts } from "@/lib/i18n/notifications";

/** Saves one's own e-mail choices for notifications. */
export const savePreferencesAction = defineAction(
  notificationPreferencesSchema,
  async (input, actor) => {
    await savePreferences(actor, input);
    revalidatePath("/profil/varsler");
    return { ok: true, message: localized(notificationUiTexts).settings.saved };
  },
  "notification.read",
);
