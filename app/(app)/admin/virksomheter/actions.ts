"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction, withActor, type ActionResult, type FieldErrors } from "@/lib/auth/action";
import { applyOrganisationFile, checkOrganisationFile, createAgency, moveAgency, updateAgency } from "@/lib/data/organisations";
import { readTable, UnreadableFile } from "@/lib/documents/spreadsheet-read";
import { moveAgencySchema, organisationSchema, organisationUpdateSchema } from "@/lib/domain/admin-schemas";
import { MAX_FILE_BYTES } from "@/lib/domain/hiring-import";
import type { OrganisationImportCheck } from "@/lib/domain/organisation-import";
import { adminTexts, adminUiTexts } from "@/lib/i18n/admin";
import { commonTexts } from "@/lib/i18n/common";
import { localized } from "@/lib/i18n/current";

const ui = () => localized(adminUiTexts).agencyActions;
const t = () => localized(adminTexts);

export const createAgencyAction = defineAction(
  organisationSchema,
  async (input, actor): Promise<ActionResult<{ id: string }>> => {
    const { id } = await createAgency(actor, input);
    revalidatePath("/admin/virksomheter");
    return { ok: true, data: { id }, message: ui().added(input.name) };
  },
  "organisation.manage",
);

export const updateAgencyAction = defineAction(
  organisationUpdateSchema,
  async (input, actor): Promise<ActionResult> => {
    await updateAgency(actor, input);
    revalidatePath("/admin/virksomheter");
    revalidatePath(`/admin/virksomheter/${input.id}`);
    return { ok: true, message: ui().saved };
  },
  "organisation.manage",
);

export const moveAgencyAction = defineAction(
  moveAgencySchema,
  async (input, actor): Promise<ActionResult> => {
    const moved = await moveAgency(actor, input);
    revalidatePath("/admin/virksomheter");
    revalidatePath("/dashbord");
    return { ok: true, message: ui().moved(moved.from, moved.to, moved.draftLettersRemoved) };
  },
  "organisation.manage",
);

const fileSchema = z
  .instanceof(File, { error: () => t().orgImport.chooseFile })
  .refine((f) => f.size > 0, { error: () => t().orgImport.chooseFile })
  .refine((f) => f.size <= MAX_FILE_BYTES, { error: () => t().orgImport.tooLarge });

type ParsedFile = { error: { ok: false; message: string; fieldErrors: FieldErrors } } | { error: null; fileName: string; table: string[][] };

async function parseFile(formData: FormData): Promise<ParsedFile> {
  const parsed = fileSchema.safeParse(formData.get("file"));
  if (!parsed.success) return { error: { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: { file: parsed.error.issues.map((i) => i.message) } } };
  try {
    const table = await readTable(new Uint8Array(await parsed.data.arrayBuffer()));
    return { error: null, fileName: parsed.data.name.slice(0, 200), table };
  } catch (error) {
    if (error instanceof UnreadableFile) return { error: { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: { file: [t().orgImport.unreadable] } } };
    throw error;
  }
}

/** The dry run: what the file would change, and every row's problem; nothing is saved. */
export async function checkOrganisationFileAction(formData: FormData): Promise<ActionResult<OrganisationImportCheck>> {
  // The permission is checked before the file is read.
  return withActor(async (actor) => {
    const file = await parseFile(formData);
    if (file.error) return file.error;
    return { ok: true, data: await checkOrganisationFile(actor, file.table) };
  }, "organisation.manage");
}

/** The import: all rows or none (checked again inside the transaction). */
export async function applyOrganisationFileAction(formData: FormData): Promise<ActionResult<OrganisationImportCheck>> {
  return withActor(async (actor) => {
    const file = await parseFile(formData);
    if (file.error) return file.error;
    const done = await applyOrganisationFile(actor, file.table, file.fileName);
    if (!done.check.ok) return { ok: false, message: t().orgImport.notOk, data: done.check };
    revalidatePath("/admin/virksomheter");
    return { ok: true, data: done.check, message: ui().imported(done.created, done.updated) };
  }, "organisation.manage");
}
