"use server";

import { revalidatePath } from "next/cache";
import { fieldErrorsOf, withActor, type ActionResult } from "@/lib/auth/action";
import { saveAnnualReportText } from "@/lib/data/annual-report";
import { annualReportTextSchema, parseChapterYear } from "@/lib/domain/annual-report";
import { todayInNorway } from "@/lib/domain/format";
import { annualReportTexts } from "@/lib/i18n/annual-report-nb";
import { localized } from "@/lib/i18n/current";
import { commonTexts } from "@/lib/i18n/common";

export async function saveAnnualReportTextAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return withActor(async (actor) => {
    const parsed = annualReportTextSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    const { year } = parsed.data;
    if (parseChapterYear(String(year), todayInNorway().getUTCFullYear()) === null) return { ok: false, message: localized(commonTexts).errors.invalidForm };
    const saved = await saveAnnualReportText(actor, parsed.data);
    revalidatePath(`/tall/arsrapport/${year}`);
    return { ok: true, data: { version: saved.version }, message: localized(annualReportTexts).page.savedMessage(year) };
  }, "annualreport.write");
}
