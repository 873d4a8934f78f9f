"use server";

import { revalidatePath } from "next/cache";
import { fieldErrorsOf, withActor, type ActionResult } from "@/lib/auth/action";
import { saveOwnReport } from "@/lib/data/hiring";
import { todayInNorway } from "@/lib/domain/format";
import { hiringReportSchema } from "@/lib/domain/schemas";
import { nb } from "@/lib/i18n/nb";

export async function saveHiringReportAction(input: unknown): Promise<ActionResult> {
  return withActor(async (actor) => {
    const parsed = hiringReportSchema(todayInNorway().getUTCFullYear()).safeParse(input);
    if (!parsed.success) return { ok: false, message: nb.errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    await saveOwnReport(actor, parsed.data);
    revalidatePath("/tall");
    revalidatePath("/dashbord");
    return { ok: true, message: `Tallene for ${parsed.data.year} er lagret.` };
  });
}
