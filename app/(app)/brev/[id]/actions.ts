"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withActor, type ActionResult } from "@/lib/auth/action";
import { uploadedFile } from "@/lib/auth/upload";
import { deleteAttachment, uploadLetterAttachment } from "@/lib/data/attachments";
import { common } from "@/lib/i18n/common";

const id = z.string().min(1).max(64);

/** The adviser adds a PDF or DOCX to a letter, draft or sent (form fields "letterId" and "file"). */
export async function uploadLetterAttachmentAction(formData: FormData): Promise<ActionResult> {
  return withActor(async (actor) => {
    const letterId = id.safeParse(formData.get("letterId"));
    if (!letterId.success) return { ok: false, message: common().errors.notFound };
    const file = await uploadedFile(formData);
    if (!file.ok) return { ok: false, message: common().errors.invalidForm, fieldErrors: file.fieldErrors };
    const stored = await uploadLetterAttachment(actor, letterId.data, file);
    revalidatePath(`/brev/${letterId.data}`);
    return { ok: true, message: common().attachments.uploaded(stored.fileName) };
  }, "round.write");
}

/** Deletes one of a draft letter's attachments. */
export async function deleteLetterAttachmentAction(attachmentId: string): Promise<ActionResult> {
  return withActor(async (actor) => {
    const parsed = id.safeParse(attachmentId);
    if (!parsed.success) return { ok: false, message: common().errors.notFound };
    const { fileName } = await deleteAttachment(actor, parsed.data);
    return { ok: true, message: common().attachments.deleted(fileName) };
  }, "round.write");
}
