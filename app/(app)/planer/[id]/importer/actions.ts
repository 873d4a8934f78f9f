"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldErrorsOf, withActor, type ActionResult } from "@/lib/auth/action";
import { uploadedFile } from "@/lib/auth/upload";
import { applyPlanImport, readPlanImport } from "@/lib/data/plan-import";
import type { PlanImportDraft } from "@/lib/domain/plan-import";
import { plainText } from "@/lib/domain/text";
import { commonTexts } from "@/lib/i18n/common";
import { localized } from "@/lib/i18n/current";

const elementText = plainText().max(100_000, { error: () => localized(commonTexts).errors.tooLong }).default("");
const applySchema = z.object({
  planId: z.string().min(1).max(64),
  version: z.coerce.number().int().min(0),
  elements: z.object({
    challenges: elementText,
    measures: elementText,
    goals: elementText,
    goalLink: elementText,
    responsibilities: elementText,
    traineeAssessment: elementText,
  }),
});

export type ImportReview = PlanImportDraft & { version: number };

/** Step 1: the Word document split into the plan's elements for review; nothing is saved. */
export async function readPlanImportAction(formData: FormData): Promise<ActionResult<ImportReview>> {
  return withActor<ImportReview>(async (actor) => {
    const planId = z.string().min(1).max(64).safeParse(formData.get("planId"));
    if (!planId.success) return { ok: false, message: localized(commonTexts).errors.notFound };
    const file = await uploadedFile(formData);
    if (!file.ok) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: file.fieldErrors };
    return { ok: true, data: await readPlanImport(actor, planId.data, file.bytes) };
  }, "plan.write");
}

/**
 * Step 2, "Bruk som utkast": the reviewed texts replace the draft and the file is kept as the
 * original (form fields "planId", "version", "elements" as JSON, and "file" again).
 */
export async function applyPlanImportAction(formData: FormData): Promise<ActionResult<{ version: number }>> {
  return withActor<{ version: number }>(async (actor) => {
    let elements: unknown;
    try {
      elements = JSON.parse(String(formData.get("elements") ?? "{}"));
    } catch {
      return { ok: false, message: localized(commonTexts).errors.invalidForm };
    }
    const parsed = applySchema.safeParse({ planId: formData.get("planId"), version: formData.get("version"), elements });
    if (!parsed.success) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    const file = await uploadedFile(formData);
    if (!file.ok) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: file.fieldErrors };
    const done = await applyPlanImport(actor, { ...parsed.data, ...file });
    revalidatePath(`/planer/${parsed.data.planId}`);
    return { ok: true, data: { version: done.version }, message: localized(commonTexts).planImport.applied };
  }, "plan.write");
}
