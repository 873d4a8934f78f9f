"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldErrorsOf, withActor, type ActionResult, type FieldErrors } from "@/lib/auth/action";
import { applyHiringImport, checkHiringImport } from "@/lib/data/hiring-import";
import { readTable, UnreadableFile } from "@/lib/documents/spreadsheet-read";
import { MAX_FILE_BYTES, type ImportCheck } from "@/lib/domain/hiring-import";
import { FIRST_REPORTING_YEAR } from "@/lib/domain/schemas";
import { NUL } from "@/lib/domain/text";
import { commonTexts } from "@/lib/i18n/common";
import { localized } from "@/lib/i18n/current";
import { hiringTexts } from "@/lib/i18n/figures";

// Messages are read when a form is checked, in the request's language.
const texts = () => localized(commonTexts);


const importSchema = z.object({
  year: z.coerce
    .number({ error: () => texts().errors.required })
    .int({ error: () => texts().errors.wholeNumber })
    .min(FIRST_REPORTING_YEAR, { error: () => texts().errors.yearTooEarly })
    .max(2100, { error: () => texts().errors.futureYear }),
  file: z
    .instanceof(File, { error: () => texts().hiringImport.chooseFile })
    .refine((f) => f.size > 0, { error: () => texts().hiringImport.chooseFile })
    .refine((f) => f.size <= MAX_FILE_BYTES, { error: () => texts().hiringImport.tooLarge }),
});

/** Parses the form (year and file) into a table, or the field errors to show. */
type ParsedForm = { error: { ok: false; message: string; fieldErrors: FieldErrors } } | { error: null; year: number; fileName: string; table: string[][] };

async function parseForm(formData: FormData): Promise<ParsedForm> {
  const parsed = importSchema.safeParse({ year: formData.get("year"), file: formData.get("file") });
  if (!parsed.success) return { error: { ok: false, message: texts().errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) } };
  try {
    const table = await readTable(new Uint8Array(await parsed.data.file.arrayBuffer()));
    // The name is only a label (in the revision's reason); PostgreSQL refuses a NUL in it.
    return { error: null, year: parsed.data.year, fileName: parsed.data.file.name.replaceAll(NUL, ""), table };
  } catch (error) {
    if (error instanceof UnreadableFile) return { error: { ok: false, message: texts().errors.invalidForm, fieldErrors: { file: [texts().hiringImport.unreadable] } } };
    throw error;
  }
}

/** The dry run: what the import would do, and every row's problem; nothing is saved. */
export async function checkImportAction(formData: FormData): Promise<ActionResult<ImportCheck>> {
  // The permission is checked before the file is read: only the ministry's advisers get that far.
  return withActor(async (actor) => {
    const form = await parseForm(formData);
    if (form.error) return form.error;
    const result = await checkHiringImport(actor, form.year, form.table);
    return { ok: true, data: result };
  }, "hiring.manage");
}

/** The import: all rows or none. */
export async function applyImportAction(formData: FormData): Promise<ActionResult<ImportCheck | { created: number; replaced: number }>> {
  return withActor<ImportCheck | { created: number; replaced: number }>(async (actor) => {
    const form = await parseForm(formData);
    if (form.error) return form.error;
    const check = await checkHiringImport(actor, form.year, form.table);
    if (!check.ok) return { ok: false, message: texts().hiringImport.notOk, data: check };
    const done = await applyHiringImport(actor, form.year, form.table, form.fileName);
    revalidatePath("/tall");
    revalidatePath("/dashbord");
    return {
      ok: true,
      data: done,
      message: localized(hiringTexts).imported(form.year, done.created, done.replaced),
    };
  }, "hiring.manage");
}
