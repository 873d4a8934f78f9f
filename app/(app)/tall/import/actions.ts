"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldErrorsOf, withActor, type ActionResult, type FieldErrors } from "@/lib/auth/action";
import { applyHiringImport, checkHiringImport } from "@/lib/data/hiring-import";
import { readTable, UnreadableFile } from "@/lib/documents/spreadsheet-read";
import { MAX_FILE_BYTES, type ImportCheck } from "@/lib/domain/hiring-import";
import { FIRST_REPORTING_YEAR } from "@/lib/domain/schemas";
import { NUL } from "@/lib/domain/text";
import { nb } from "@/lib/i18n/nb";


const importSchema = z.object({
  year: z.coerce
    .number({ error: nb.errors.required })
    .int({ error: nb.errors.wholeNumber })
    .min(FIRST_REPORTING_YEAR, { error: nb.errors.yearTooEarly })
    .max(2100, { error: nb.errors.futureYear }),
  file: z
    .instanceof(File, { error: nb.hiringImport.chooseFile })
    .refine((f) => f.size > 0, { error: nb.hiringImport.chooseFile })
    .refine((f) => f.size <= MAX_FILE_BYTES, { error: nb.hiringImport.tooLarge }),
});

/** Parses the form (year and file) into a table, or the field errors to show. */
type ParsedForm = { error: { ok: false; message: string; fieldErrors: FieldErrors } } | { error: null; year: number; fileName: string; table: string[][] };

async function parseForm(formData: FormData): Promise<ParsedForm> {
  const parsed = importSchema.safeParse({ year: formData.get("year"), file: formData.get("file") });
  if (!parsed.success) return { error: { ok: false, message: nb.errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) } };
  try {
    const table = await readTable(new Uint8Array(await parsed.data.file.arrayBuffer()));
    // The name is only a label (in the revision's reason); PostgreSQL refuses a NUL in it.
    return { error: null, year: parsed.data.year, fileName: parsed.data.file.name.replaceAll(NUL, ""), table };
  } catch (error) {
    if (error instanceof UnreadableFile) return { error: { ok: false, message: nb.errors.invalidForm, fieldErrors: { file: [nb.hiringImport.unreadable] } } };
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
    if (!check.ok) return { ok: false, message: nb.hiringImport.notOk, data: check };
    const done = await applyHiringImport(actor, form.year, form.table, form.fileName);
    revalidatePath("/tall");
    revalidatePath("/dashbord");
    return {
      ok: true,
      data: done,
      message: `Tallene for ${form.year} er importert: ${done.created} nye, ${done.replaced} erstattet.`,
    };
  }, "hiring.manage");
}
