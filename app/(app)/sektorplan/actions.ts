"use server";

import { revalidatePath } from "next/cache";
import { fieldErrorsOf, withActor, type ActionResult } from "@/lib/auth/action";
import { createSectorPlan } from "@/lib/data/sector-plans";
import { newSectorPlanSchema } from "@/lib/domain/sector-plan";
import { commonTexts } from "@/lib/i18n/common";
import { localized } from "@/lib/i18n/current";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";

export async function createSectorPlanAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return withActor(async (actor) => {
    const parsed = newSectorPlanSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    const plan = await createSectorPlan(actor, parsed.data);
    revalidatePath("/sektorplan");
    return { ok: true, message: localized(sectorPlanUiTexts).create.created, data: { id: plan.id } };
  });
}
