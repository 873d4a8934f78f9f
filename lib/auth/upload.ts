import "server-only";
import { z } from "zod";
import { fieldErrorsOf, type FieldErrors } from "@/lib/auth/action";
import { attachmentMaxBytes, env } from "@/lib/env";
import { NUL } from "@/lib/domain/text";
import { common } from "@/lib/i18n/common";

const fileSchema = z
  .instanceof(File, { error: () => common().attachments.chooseFile })
  .refine((f) => f.size > 0, { error: () => common().attachments.chooseFile })
  // The size the browser declared, before the file is read (Next has already bounded the body).
  .refine((f) => f.size <= attachmentMaxBytes, { error: () => common().attachments.tooLarge(env.ATTACHMENT_MAX_MB) });

/** The uploaded file of a form (field "file"): its name and bytes, or the field error to show. */
export async function uploadedFile(formData: FormData): Promise<{ ok: true; fileName: string; bytes: Uint8Array } | { ok: false; fieldErrors: FieldErrors }> {
  const parsed = fileSchema.safeParse(formData.get("file"));
  if (!parsed.success) return { ok: false, fieldErrors: { file: fieldErrorsOf(parsed.error)._form } };
  return { ok: true, fileName: parsed.data.name.replaceAll(NUL, ""), bytes: new Uint8Array(await parsed.data.arrayBuffer()) };
}
