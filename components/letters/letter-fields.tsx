"use client";

import { useFieldArray, useFormContext, type FieldErrors } from "react-hook-form";
import { Checkbox } from "@/components/ds/checkbox";
import { Fieldset } from "@/components/ds/fieldset";
import { Button, ValidationMessage } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { useTexts } from "@/components/i18n/locale-provider";
import { letterTexts } from "@/lib/i18n/letters";

/** The form values every letter has (as typed; the Zod schema turns them into data). */
export interface LetterFieldValues {
  date: string;
  deadline: string;
  body: string;
  department: string;
  caseworkerName: string;
  caseworkerPhone: string;
  signatories: { name: string; title: string; byAuthority: boolean }[];
  copyTo: string;
}

type AnyErrors = FieldErrors<LetterFieldValues>;

/** A note to show with a field (the letter import: what was recognised from damaged text). */
export type LetterFieldNotes = Partial<Record<"date" | "deadline" | "department" | "caseworker" | "signatories" | "body", string>>;

/** Date, deadline, sender, signatories, copy recipients and text: shared by the round, letter and import forms. */
export function LetterFields({ bodyLabel, bodyDescription, notes }: { bodyLabel: string; bodyDescription?: string; notes?: LetterFieldNotes }) {
  const { register, control, formState } = useFormContext<LetterFieldValues>();
  const errors = formState.errors as AnyErrors;
  const { fields, append, remove } = useFieldArray({ control, name: "signatories" });
  const t = useTexts(letterTexts).fields;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Textfield label={t.date} type="date" description={notes?.date} error={errors.date?.message} {...register("date")} />
        <Textfield label={t.deadline} type="date" description={notes?.deadline} error={errors.deadline?.message} {...register("deadline")} />
      </div>
      <Textfield label={t.department} description={notes?.department ?? t.departmentDescription} error={errors.department?.message} {...register("department")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Textfield label={t.caseworker} description={notes?.caseworker} error={errors.caseworkerName?.message} {...register("caseworkerName")} />
        <Textfield label={t.caseworkerPhone} type="tel" error={errors.caseworkerPhone?.message} {...register("caseworkerPhone")} />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t.signatories}</Fieldset.Legend>
        {notes?.signatories && <Fieldset.Description>{notes.signatories}</Fieldset.Description>}
        {fields.map((field, i) => (
          <div key={field.id} className="grid items-end gap-4 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4 sm:grid-cols-[1fr_1fr_auto]">
            <Textfield label={t.signatoryName(i + 1)} error={errors.signatories?.[i]?.name?.message} {...register(`signatories.${i}.name`)} />
            <Textfield label={t.signatoryTitle(i + 1)} error={errors.signatories?.[i]?.title?.message} {...register(`signatories.${i}.title`)} />
            <Button type="button" variant="tertiary" onClick={() => remove(i)} disabled={fields.length === 1}>
              {t.remove}
              <span className="sr-only">{t.removeSignatory(i + 1)}</span>
            </Button>
            <Checkbox
              className="sm:col-span-3"
              label={t.byAuthority}
              {...register(`signatories.${i}.byAuthority`)}
            />
          </div>
        ))}
        {errors.signatories?.message && <ValidationMessage>{errors.signatories.message}</ValidationMessage>}
        <div>
          <Button type="button" variant="secondary" onClick={() => append({ name: "", title: "", byAuthority: false })}>
            {t.addSignatory}
          </Button>
        </div>
      </Fieldset>
      <Textfield
        label={t.copyTo}
        description={t.copyToDescription}
        multiline
        rows={2}
        error={errors.copyTo?.message}
        {...register("copyTo")}
      />
      <Textfield
        label={bodyLabel}
        description={notes?.body ?? bodyDescription ?? t.bodyDescription}
        multiline
        rows={18}
        error={errors.body?.message}
        {...register("body")}
      />
    </>
  );
}
