"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withActor, type ActionResult } from "@/lib/auth/action";
import { uploadedFile } from "@/lib/auth/upload";
import { deleteAttachment, uploadPlanAttachment } from "@/lib/data/attachments";
import { commonTexts } from "@/lib/i18n/common";
import { localized } from "@/lib/i18n/current";

const id = z.string().min(1).max(64);

/** HR adds a PDF or DOCX to its plan (form fields "planId" and "file"). */
export async function uploadPlanAttachmentAction(formData: FormData): Promise<ActionResult> {
  // The permission is checked before the file is read.
  return withActor(async (actor) => {
    const planId = id.safeParse(formData.get("planId"));
    if (!planId.success) return { ok: false, message: localized(commonTexts).errors.notFound };
    const file = await uploadedFile(formData);
    if (!file.ok) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: file.fieldErrors };
    const stored = await uploadPlanAttachment(actor, planId.data, file);
    revalidatePath(`/planer/${planId.data}`);
    return { ok: true, message: localized(commonTexts).attachments.uploaded(stored.fileName) };
  }, "plan.write");
}

/** Deletes one of the plan's attachments. */
export async function deletePlanAttachmentAction(attachmentId: string): Promise<ActionResult> {
  return withActor(async (actor) => {
    const parsed = id.safeParse(attachmentId);
    if (!parsed.success) return { ok: false, message: localized(commonTexts).errors.notFound };
    const { fileName } = await deleteAttachment(actor, parsed.data);
    return { ok: true, message: localized(commonTexts).attachments.deleted(fileName) };
  }, "plan.write");
}
