"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { retryEmail } from "@/lib/data/outbox";
import { recordIdSchema } from "@/lib/domain/schemas";
import { adminUiTexts } from "@/lib/i18n/admin";
import { localized } from "@/lib/i18n/current";

/** Puts an e-mail that could not be sent on the queue again. */
export const retryEmailAction = defineAction(
  recordIdSchema,
  async (id, actor) => {
    await retryEmail(actor, id);
    revalidatePath("/admin/epost");
    return { ok: true, message: localized(adminUiTexts).mail.retried };
  },
  "mail.manage",
);
