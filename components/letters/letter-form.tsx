"use client";

import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button, Textfield } from "@digdir/designsystemet-react";
import { LetterFields, type LetterFieldValues } from "@/components/letters/letter-fields";
import { StaleSaveChoice } from "@/components/ui/stale-save-choice";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { letterSchema } from "@/lib/domain/schemas";

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

const LABELS: Record<keyof Editable, string> = {
  number: "Brevnummer",
  title: "Tittel",
  yourRef: "Deres ref",
  ourRef: "Vår ref",
  date: "Brevets dato",
  deadline: "Frist for handlingsplan",
  body: "Brevtekst",
  department: "Avdeling",
  caseworkerName: "Saksbehandler",
  caseworkerPhone: "Saksbehandlers telefon",
  signatories: "Signatarer",
  copyTo: "Kopi til",
};

const shown = (key: keyof Editable, v: Editable) =>
  key === "signatories" ? v.signatories.map((s) => `${s.name}, ${s.title}${s.byAuthority ? " (e.f.)" : ""}`).join("\n") : String(v[key]);

interface Props {
  initial: LetterFormValues;
  titlePlaceholder: string;
  save: (values: LetterFormValues) => Promise<ActionResult<{ version: number }>>;
}

/** One draft letter: its own number, title, references and any field changed from the round's. */
export function LetterForm({ initial, titlePlaceholder, save }: Props) {
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
            heading="Brevet er endret av noen andre"
            fields={(Object.keys(LABELS) as (keyof Editable)[]).map((key) => ({ label: LABELS[key], saved: shown(key, stale.values), mine: shown(key, methods.getValues()) }))}
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
          <Textfield label="Brevnummer" description="For eksempel «Tillegg nr. 8»." error={e.number?.message} {...register("number")} />
          <Textfield label="Vår ref" error={e.ourRef?.message} {...register("ourRef")} />
        </div>
        <Textfield
          label="Tittel"
          description={`Tom: «${titlePlaceholder}».`}
          error={e.title?.message}
          {...register("title")}
        />
        <Textfield label="Deres ref" description="Kan stå tom." error={e.yourRef?.message} {...register("yourRef")} />
        <LetterFields bodyLabel="Brevtekst" bodyDescription="Teksten kan tilpasses denne virksomheten." />
        <div>
          <Button type="submit" disabled={pending}>
            Lagre brevet
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
