"use server";

import { revalidatePath } from "next/cache";
import { fieldErrorsOf, withActor, type ActionResult } from "@/lib/auth/action";
import { reportFollowUp } from "@/lib/data/follow-ups";
import { followUpSchema } from "@/lib/domain/follow-up";
import { commonTexts } from "@/lib/i18n/common";
import { localized } from "@/lib/i18n/current";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";

export async function reportFollowUpAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return withActor(async (actor) => {
    const parsed = followUpSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    const saved = await reportFollowUp(actor, parsed.data);
    revalidatePath("/oppfolging");
    revalidatePath(`/sektorplan/${parsed.data.sectorPlanId}/oppfolging`);
    return { ok: true, message: localized(sectorPlanUiTexts).followUp.saved, data: saved };
  });
}
