"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { decidePooling, withdrawPooling } from "@/lib/data/pooling";
import { poolingDecisionSchema } from "@/lib/domain/schemas";
import { localized } from "@/lib/i18n/current";
import { agencyTexts } from "@/lib/i18n/figures";

/** The ministry approves or refuses an agency's request to pool years. */
export const decidePoolingAction = defineAction(poolingDecisionSchema, async (input, actor) => {
  const { status } = await decidePooling(actor, input);
  revalidatePath("/virksomheter/[id]", "page");
  revalidatePath("/dashbord");
  return { ok: true, message: status === "APPROVED" ? localized(agencyTexts).approved : localized(agencyTexts).refused };
});

/** The ministry withdraws a published period (its years stay in it). */
export const withdrawPoolingAction = defineAction(z.string().min(1).max(64), async (consentId, actor) => {
  await withdrawPooling(actor, consentId);
  revalidatePath("/virksomheter/[id]", "page");
  revalidatePath("/dashbord");
  return { ok: true, message: localized(agencyTexts).withdrawn };
});
