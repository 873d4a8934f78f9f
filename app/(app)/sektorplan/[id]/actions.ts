"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { createNextSectorPlan } from "@/lib/data/sector-plans";
import { recordIdSchema } from "@/lib/domain/schemas";
import { localized } from "@/lib/i18n/current";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";

/** "Lag neste års plan": next year's draft from this plan's latest published version. */
export const createNextSectorPlanAction = defineAction(
  recordIdSchema,
  async (previousId, actor) => {
    const plan = await createNextSectorPlan(actor, previousId);
    revalidatePath("/sektorplan");
    revalidatePath(`/sektorplan/${previousId}`);
    return { ok: true, message: localized(sectorPlanUiTexts).plan.nextCreated, data: { id: plan.id } };
  },
  "sectorplan.write",
);
