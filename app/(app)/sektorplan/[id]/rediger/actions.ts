"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldErrorsOf, withActor, type ActionResult } from "@/lib/auth/action";
import { publishSectorPlan, saveSectorPlanDraft } from "@/lib/data/sector-plans";
import { sectorPlanContentSchema } from "@/lib/domain/sector-plan";
import { commonTexts } from "@/lib/i18n/common";
import { localized } from "@/lib/i18n/current";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";

const idSchema = z.string().min(1).max(64);
const saveSchema = z.object({ id: idSchema, version: z.number().int().min(0), content: sectorPlanContentSchema });

/** The form's fields are the content's ("themes.0.title"), not "content.themes.0.title". */
function contentFieldErrors(error: z.ZodError) {
  return Object.fromEntries(Object.entries(fieldErrorsOf(error)).map(([key, messages]) => [key.replace(/^content\./, ""), messages]));
}

export type SavedSectorPlan = { version: number; savedAt: string; published?: number };

/** Saves the draft; a stale save fails with code "conflict" and changes nothing. */
export async function saveSectorPlanAction(input: unknown): Promise<ActionResult<SavedSectorPlan>> {
  return withActor(async (actor) => {
    const parsed = saveSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: contentFieldErrors(parsed.error) };
    const saved = await saveSectorPlanDraft(actor, parsed.data);
    revalidatePath(`/sektorplan/${parsed.data.id}`);
    return { ok: true, message: localized(sectorPlanUiTexts).edit.saved, data: { version: saved.version, savedAt: saved.savedAt.toISOString() } };
  });
}

/** Saves what is in the form and publishes it as the next version, in one step (or neither). */
export async function publishSectorPlanAction(input: unknown): Promise<ActionResult<SavedSectorPlan>> {
  return withActor(async (actor) => {
    const parsed = saveSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: contentFieldErrors(parsed.error) };
    const published = await publishSectorPlan(actor, parsed.data);
    revalidatePath("/sektorplan", "layout");
    revalidatePath("/oppfolging");
    return {
      ok: true,
      message: localized(sectorPlanUiTexts).edit.published(published.number),
      data: { version: published.version, savedAt: new Date().toISOString(), published: published.number },
    };
  });
}
