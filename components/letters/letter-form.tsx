"use client";

import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { useTexts } from "@/components/i18n/locale-provider";
import { LetterFields, type LetterFieldValues } from "@/components/letters/letter-fields";
import { StaleSaveChoice } from "@/components/ui/stale-save-choice";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { letterSchema } from "@/lib/domain/schemas";
import { letterTexts } from "@/lib/i18n/letters";

export type LetterFormValues = LetterFieldValues & {
  letterId: string;
  /** The draft's version the form was opened on. */
  version: string;
  number: string;
  title: string;
  yourRef: string;
  ourRef: string;
};

type Editable = Omit<LetterFormValues, "letterId" | "version">;

type LetterTexts = typeof letterTexts.nb;

/** The editable fields' labels, in the order the stale-save choice lists them. */
const labels = ({ form: f, fields: l }: LetterTexts): Record<keyof Editable, string> => ({
  number: f.number,
  title: f.title,
  yourRef: f.yourRef,
  ourRef: f.ourRef,
  date: l.date,
  deadline: l.deadline,
  body: f.body,
  department: l.department,
  caseworkerName: l.caseworker,
  caseworkerPhone: l.caseworkerPhone,
  signatories: l.signatories,
  copyTo: l.copyTo,
});

const shown = (key: keyof Editable, v: Editable) =>
  key === "signatories" ? v.signatories.map((s) => `${s.name}, ${s.title}${s.byAuthority ? " (e.f.)" : ""}`).join("\n") : String(v[key]);

interface Props {
  initial: LetterFormValues;
  titlePlaceholder: string;
  save: (values: LetterFormValues) => Promise<ActionResult<{ version: number }>>;
}

/** One draft letter: its own number, title, references and any field changed from the round's. */
export function LetterForm({ initial, titlePlaceholder, save }: Props) {
  const texts = useTexts(letterTexts);
  const t = texts.form;
  const fieldLabels = labels(texts);
  const methods = useForm<LetterFormValues, unknown, z.output<typeof letterSchema>>({
    resolver: zodResolver(letterSchema) as never,
    defaultValues: initial,
  });
  const { register, formState } = methods;
  const { status, pending, onSubmit, conflict, clearConflict } = useActionSubmit(methods, save, (data) => {
    if (data) methods.setValue("version", String(data.version));
  });
  const stale = conflict as { version: number; values: Editable } | null;
  const e = formState.errors;

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
        <FormStatusAlert status={status} />
        {stale && (
          <StaleSaveChoice
            heading={t.staleHeading}
            fields={(Object.keys(fieldLabels) as (keyof Editable)[]).map((key) => ({ label: fieldLabels[key], saved: shown(key, stale.values), mine: shown(key, methods.getValues()) }))}
            onUseSaved={() => {
              methods.reset({ ...stale.values, letterId: initial.letterId, version: String(stale.version) });
              clearConflict();
            }}
            onKeepMine={() => {
              methods.setValue("version", String(stale.version));
              clearConflict();
              void onSubmit();
            }}
          />
        )}
        <input type="hidden" {...register("letterId")} />
        <input type="hidden" {...register("version")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Textfield label={t.number} description={t.numberDescription} error={e.number?.message} {...register("number")} />
          <Textfield label={t.ourRef} error={e.ourRef?.message} {...register("ourRef")} />
        </div>
        <Textfield
          label={t.title}
          description={t.titleWhenEmpty(titlePlaceholder)}
          error={e.title?.message}
          {...register("title")}
        />
        <Textfield label={t.yourRef} description={t.yourRefDescription} error={e.yourRef?.message} {...register("yourRef")} />
        <LetterFields bodyLabel={t.body} bodyDescription={t.bodyDescription} />
        <div>
          <Button type="submit" disabled={pending}>
            {t.save}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
