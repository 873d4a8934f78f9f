"use server";

import { revalidatePath } from "next/cache";
import { defineAction, withActor, type ActionResult } from "@/lib/auth/action";
import { getLetterImportContext, importLetter } from "@/lib/data/letter-import";
import { isPdf, pdfTextLines } from "@/lib/documents/pdf-text";
import { MAX_LETTER_PDF_BYTES, recogniseLetter, type Recognition } from "@/lib/domain/letter-import";
import { letterImportSchema } from "@/lib/domain/letter-import-schema";
import { common } from "@/lib/i18n/common";
import { localized } from "@/lib/i18n/current";
import { letterImportTexts } from "@/lib/i18n/letters";

/** Step 1: the PDF's text (or the pasted text of a scan), recognised. Nothing is saved. */
export async function recogniseLetterAction(data: FormData): Promise<ActionResult<Recognition>> {
  return withActor(async (actor) => {
    const t = localized(letterImportTexts);
    const file = data.get("file");
    const pasted = data.get("text");
    let text = typeof pasted === "string" ? pasted : "";
    let importedFrom = "text";
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_LETTER_PDF_BYTES) return { ok: false, message: common().errors.invalidForm, fieldErrors: { file: [t.errors.tooLarge] } };
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (!isPdf(bytes)) return { ok: false, message: common().errors.invalidForm, fieldErrors: { file: [t.errors.notPdf] } };
      try {
        text = await pdfTextLines(bytes);
      } catch {
        text = "";
      }
      if (!text.trim()) return { ok: false, message: common().errors.invalidForm, fieldErrors: { file: [t.errors.unreadablePdf] } };
      importedFrom = `pdf: ${file.name.replace(/[\u0000-\u001f]/g, "").slice(0, 200) || "brev.pdf"}`;
    }
    if (!text.trim()) return { ok: false, message: common().errors.invalidForm, fieldErrors: { text: [t.errors.noText] } };
    if (text.includes("\u0000")) return { ok: false, message: common().errors.invalidForm, fieldErrors: { text: [common().errors.nulCharacter] } };
    const { agencies } = await getLetterImportContext(actor);
    return { ok: true, data: { recognised: recogniseLetter(text.slice(0, 100_000), agencies), importedFrom } };
  }, "round.write");
}

/** Step 2: the checked letter saved as sent. */
export const importLetterAction = defineAction(
  letterImportSchema,
  async (input, actor): Promise<ActionResult<{ letterId: string; roundId: string }>> => {
    const saved = await importLetter(actor, input);
    revalidatePath("/runder");
    revalidatePath(`/runder/${saved.roundId}`);
    return { ok: true, data: saved };
  },
  "round.write",
);
