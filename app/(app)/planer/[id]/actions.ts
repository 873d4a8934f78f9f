"use server";

import { revalidatePath } from "next/cache";
import { fieldErrorsOf, withActor, type ActionResult } from "@/lib/auth/action";
import { savePlan } from "@/lib/data/plans";
import { planDraftSchema, planSubmitSchema } from "@/lib/domain/schemas";
import { nb } from "@/lib/i18n/nb";

type Saved = { version: number; status: string };

async function save(input: unknown, mode: "draft" | "submit"): Promise<ActionResult<Saved>> {
  return withActor(async (actor) => {
    const parsed = (mode === "submit" ? planSubmitSchema : planDraftSchema).safeParse(input);
    if (!parsed.success) return { ok: false, message: nb.errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    const saved = await savePlan(actor, parsed.data, mode);
    revalidatePath(`/planer/${parsed.data.planId}`);
    return { ok: true, data: saved };
  });
}

export async function saveDraftAction(input: unknown) {
  return save(input, "draft");
}

export async function submitPlanAction(input: unknown) {
  return save(input, "submit");
}
