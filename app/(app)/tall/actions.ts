"use server";

import { revalidatePath } from "next/cache";
import { defineAction, fieldErrorsOf, withActor, type ActionResult } from "@/lib/auth/action";
import { z } from "zod";
import { saveOwnReport, setYearClosed } from "@/lib/data/hiring";
import { requestPooling } from "@/lib/data/pooling";
import { setReportingDeadline } from "@/lib/data/reporting-deadlines";
import { todayInNorway } from "@/lib/domain/format";
import { FIRST_REPORTING_YEAR, hiringReportSchema, poolingRequestSchema, reportingDeadlineSchema } from "@/lib/domain/schemas";
import { formatLongDate } from "@/lib/domain/format";
import { commonTexts } from "@/lib/i18n/common";
import { currentLocale, localized } from "@/lib/i18n/current";
import { hiringTexts } from "@/lib/i18n/figures";

export async function saveHiringReportAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return withActor(async (actor) => {
    const parsed = hiringReportSchema(todayInNorway().getUTCFullYear()).safeParse(input);
    if (!parsed.success) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    const saved = await saveOwnReport(actor, parsed.data);
    revalidatePath("/tall");
    revalidatePath("/dashbord");
    return { ok: true, data: { version: saved.version }, message: localized(hiringTexts).saved(parsed.data.year) };
  });
}

const yearArg = z.coerce.number().int().min(FIRST_REPORTING_YEAR).max(2100);

export async function closeYearAction(year: unknown): Promise<ActionResult> {
  return withActor(async (actor) => {
    await setYearClosed(actor, yearArg.parse(year), true);
    revalidatePath("/tall");
    return { ok: true, message: localized(hiringTexts).yearClosedDone };
  });
}

export async function reopenYearAction(year: unknown): Promise<ActionResult> {
  return withActor(async (actor) => {
    await setYearClosed(actor, yearArg.parse(year), false);
    revalidatePath("/tall");
    return { ok: true, message: localized(hiringTexts).yearReopened };
  });
}

/** The agency asks the ministry to report several of its small years as one period. */
export const requestPoolingAction = defineAction(poolingRequestSchema, async (input, actor) => {
  await requestPooling(actor, input);
  revalidatePath("/tall");
  return { ok: true, message: localized(hiringTexts).poolingSent(input.fromYear, input.toYear) };
});

/** The ministry's adviser sets the date by which its agencies report a year's figures. */
export const setReportingDeadlineAction = defineAction(
  reportingDeadlineSchema,
  async (input, actor) => {
    await setReportingDeadline(actor, input);
    revalidatePath("/tall");
    return { ok: true, message: localized(hiringTexts).deadlineSet(input.year, formatLongDate(input.dueOn, currentLocale())) };
  },
  "hiring.manage",
);
