"use client";

import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Fieldset } from "@/components/ds/fieldset";
import { Alert, Button } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { CountingRules } from "@/components/hiring/counting-rules";
import type { ActionResult } from "@/lib/auth/action";
import { StaleSaveChoice } from "@/components/ui/stale-save-choice";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import { formatDateTime } from "@/lib/domain/format";
import { FIRST_REPORTING_YEAR, isPreliminary } from "@/lib/domain/reporting-years";
import { hiringReportSchema } from "@/lib/domain/schemas";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { hiringTexts } from "@/lib/i18n/figures";
import { reportingYearsTexts } from "@/lib/i18n/reporting-years";

type Values = {
  year: string;
  permanentTotal: string;
  permanentTarget: string;
  temporaryTotal: string;
  temporaryTarget: string;
  traineeTotal: string;
  reason: string;
  /** The version of the year's report the form was opened on ("" for a year not reported yet). */
  version: string;
};

/** The counts, in the form's order (their labels are in hiringTexts.form under the same keys). */
const COUNTS = ["permanentTotal", "permanentTarget", "temporaryTotal", "temporaryTarget", "traineeTotal"] as const;

/** What the server sends back when the year was saved by someone else since the form was opened. */
interface Stale {
  version: number;
  values: Record<(typeof COUNTS)[number], number>;
  savedAt: string;
  savedBy: string;
}

interface Props {
  currentYear: number;
  initial: Values;
  /** The year is already reported: a revision needs a reason. */
  revising: boolean;
  save: (values: Values) => Promise<ActionResult<{ version: number }>>;
}

export function HiringForm({ currentYear, initial, revising, save }: Props) {
  const router = useRouter();
  const locale = useLocale();
  const t = useTexts(hiringTexts).form;
  const rules = useTexts(reportingYearsTexts);
  const schema = useMemo(() => hiringReportSchema(currentYear), [currentYear]);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema) as never,
    defaultValues: initial,
  });
  const { register, formState } = form;
  const { status, pending, onSubmit, conflict, clearConflict } = useActionSubmit(form, save, (data) => {
    if (data) form.setValue("version", String(data.version));
    router.refresh();
  });
  const stale = conflict as Stale | null;
  const e = formState.errors;
  // The definitions in force for the year being entered (they changed in 2019 and 2020).
  const typedYear = Number(useWatch({ control: form.control, name: "year" }));
  const year = Number.isInteger(typedYear) && typedYear >= FIRST_REPORTING_YEAR && typedYear <= currentYear ? typedYear : null;

  const number = { type: "text" as const, inputMode: "numeric" as const, autoComplete: "off" };
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-6">
      <FormStatusAlert status={status} />
      {stale && (
        <StaleSaveChoice
          heading={t.staleHeading}
          savedBy={stale.savedBy ? t.savedBy(stale.savedBy, formatDateTime(new Date(stale.savedAt), locale)) : undefined}
          fields={COUNTS.map((key) => ({ label: t[key], saved: String(stale.values[key]), mine: form.getValues(key) }))}
          onUseSaved={() => {
            for (const key of COUNTS) form.setValue(key, String(stale.values[key]));
            form.setValue("version", String(stale.version));
            clearConflict();
          }}
          onKeepMine={() => {
            form.setValue("version", String(stale.version));
            clearConflict();
            void onSubmit();
          }}
        />
      )}
      <input type="hidden" {...register("version")} />
      <Textfield label={t.year} {...number} error={e.year?.message} {...register("year")} />
      {year !== null && isPreliminary(year, currentYear) && <Alert data-color="info">{rules.preliminaryNote(year)}</Alert>}
      {year !== null && <CountingRules years={[year]} locale={locale} />}
      <Fieldset>
        <Fieldset.Legend>{t.permanentLegend}</Fieldset.Legend>
        <Textfield label={t.permanentTotal} {...number} error={e.permanentTotal?.message} {...register("permanentTotal")} />
        <Textfield
          label={t.ofThese}
          description={t.ofTheseHelp}
          {...number}
          error={e.permanentTarget?.message}
          {...register("permanentTarget")}
        />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t.temporaryLegend}</Fieldset.Legend>
        <Textfield label={t.temporaryTotal} {...number} error={e.temporaryTotal?.message} {...register("temporaryTotal")} />
        <Textfield label={t.ofThese} {...number} error={e.temporaryTarget?.message} {...register("temporaryTarget")} />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t.traineeLegend}</Fieldset.Legend>
        <Textfield
          label={t.traineeLabel}
          description={t.traineeHelp}
          {...number}
          error={e.traineeTotal?.message}
          {...register("traineeTotal")}
        />
      </Fieldset>
      {revising && (
        <Textfield
          label={t.reason}
          description={t.reasonHelp}
          multiline
          rows={2}
          error={e.reason?.message}
          {...register("reason")}
        />
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {t.save}
        </Button>
      </div>
    </form>
  );
}
