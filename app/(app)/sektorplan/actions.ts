"use server";

import { revalidatePath } from "next/cache";
import { fieldErrorsOf, withActor, type ActionResult } from "@/lib/auth/action";
import { createSectorPlan } from "@/lib/data/sector-plans";
import { newSectorPlanSchema } from "@/lib/domain/sector-plan";
import { nb } from "@/lib/i18n/nb";

export async function createSectorPlanAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return withActor(async (actor) => {
    const parsed = newSectorPlanSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: nb.errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    const plan = await createSectorPlan(actor, parsed.data);
    revalidatePath("/sektorplan");
    return { ok: true, message: "Sektorplanen er opprettet.", data: { id: plan.id } };
  });
}
