"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { createNextSectorPlan } from "@/lib/data/sector-plans";
import { recordIdSchema } from "@/lib/domain/schemas";

/** "Lag neste års plan": next year's draft from this plan's latest published version. */
export const createNextSectorPlanAction = defineAction(
  recordIdSchema,
  async (previousId, actor) => {
    const plan = await createNextSectorPlan(actor, previousId);
    revalidatePath("/sektorplan");
    revalidatePath(`/sektorplan/${previousId}`);
    return { ok: true, message: "Neste års plan er laget. Rediger den og publiser den når den er klar.", data: { id: plan.id } };
  },
  "sectorplan.write",
);
