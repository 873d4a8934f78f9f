"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import type { ActionResult } from "@/lib/auth/action";
import { StaleSaveChoice } from "@/components/ui/stale-save-choice";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import { annualReportTextSchema, NARRATIVE_KEYS, type AnnualReportTextInput, type Narrative } from "@/lib/domain/annual-report";
import { formatDateTime } from "@/lib/domain/format";
import { annualReportTexts } from "@/lib/i18n/annual-report-nb";

type Values = AnnualReportTextInput;

/** What the server sends back when someone saved the text since the form was opened. */
interface Stale {
  version: number;
  narrative: Narrative;
  savedAt: string;
  savedBy: string;
}

interface Props {
  year: number;
  /** The saved text's version (null: nothing saved yet). */
  version: number | null;
  /** The saved text, or the proposal when nothing is saved. */
  initial: Narrative;
  /** A fresh proposal from the plan and the follow-up, for "Hent forslag på nytt". */
  prefill: Narrative;
  save: (values: Values) => Promise<ActionResult<{ version: number }>>;
}

/** Enough rows for the text (about 80 characters a line), from 4 to 20. */
const rowsFor = (text: string) => Math.min(Math.max(text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 80)), 1), 4), 20);

/** The narrative sections of the chapter, edited and saved by the agency's HR. */
export function AnnualReportForm({ year, version, initial, prefill, save }: Props) {
  const router = useRouter();
  const t = useTexts(annualReportTexts);
  const locale = useLocale();
  const form = useForm<Values>({ resolver: zodResolver(annualReportTextSchema), defaultValues: { year, version, ...initial } });
  const { register, formState } = form;
  const [notice, setNotice] = useState("");
  const { status, pending, onSubmit, conflict, clearConflict } = useActionSubmit(form, save, (data) => {
    if (data) form.setValue("version", data.version);
    setNotice("");
    router.refresh();
  });
  const stale = conflict as Stale | null;

  const refill = () => {
    for (const key of NARRATIVE_KEYS) form.setValue(key, prefill[key], { shouldDirty: true });
    form.clearErrors();
    setNotice(t.page.refilled);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-6">
      <FormStatusAlert status={status} />
      {stale && (
        <StaleSaveChoice
          heading={t.page.staleHeading}
          savedBy={stale.savedBy ? t.page.saved(formatDateTime(new Date(stale.savedAt), locale), stale.savedBy) : undefined}
          fields={NARRATIVE_KEYS.map((key) => ({ label: t.sections[key].heading, saved: stale.narrative[key], mine: form.getValues(key) }))}
          onUseSaved={() => {
            for (const key of NARRATIVE_KEYS) form.setValue(key, stale.narrative[key]);
            form.setValue("version", stale.version);
            clearConflict();
          }}
          onKeepMine={() => {
            form.setValue("version", stale.version);
            clearConflict();
            void onSubmit();
          }}
        />
      )}
      {NARRATIVE_KEYS.map((key) => (
        <Textfield
          key={key}
          label={t.sections[key].heading}
          description={t.sections[key].help}
          multiline
          rows={rowsFor(initial[key])}
          error={formState.errors[key]?.message}
          {...register(key)}
        />
      ))}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {t.page.save}
        </Button>
        <Button type="button" variant="secondary" onClick={refill} disabled={pending}>
          {t.page.refill}
        </Button>
      </div>
      <p role="status" className="text-sm">
        {notice}
      </p>
    </form>
  );
}
