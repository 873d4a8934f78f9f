import "server-only";
import { z } from "zod";
import { fieldErrorsOf, type FieldErrors } from "@/lib/auth/action";
import { attachmentMaxBytes, env } from "@/lib/env";
import { NUL } from "@/lib/domain/text";
import { nb } from "@/lib/i18n/nb";

const fileSchema = z
  .instanceof(File, { error: nb.attachments.chooseFile })
  .refine((f) => f.size > 0, { error: nb.attachments.chooseFile })
  // The size the browser declared, before the file is read (Next has already bounded the body).
  .refine((f) => f.size <= attachmentMaxBytes, { error: nb.attachments.tooLarge(env.ATTACHMENT_MAX_MB) });

/** The uploaded file of a form (field "file"): its name and bytes, or the field error to show. */
export async function uploadedFile(formData: FormData): Promise<{ ok: true; fileName: string; bytes: Uint8Array } | { ok: false; fieldErrors: FieldErrors }> {
  const parsed = fileSchema.safeParse(formData.get("file"));
  if (!parsed.success) return { ok: false, fieldErrors: { file: fieldErrorsOf(parsed.error)._form } };
  return { ok: true, fileName: parsed.data.name.replaceAll(NUL, ""), bytes: new Uint8Array(await parsed.data.arrayBuffer()) };
}
