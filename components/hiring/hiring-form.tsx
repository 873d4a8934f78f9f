"use client";

import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button, Fieldset, Textfield } from "@digdir/designsystemet-react";
import { saveHiringReportAction } from "@/app/(app)/tall/actions";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import { hiringReportSchema } from "@/lib/domain/schemas";

type Values = {
  year: string;
  permanentTotal: string;
  permanentTarget: string;
  temporaryTotal: string;
  temporaryTarget: string;
  traineeTotal: string;
  traineeTarget: string;
  reason: string;
};

interface Props {
  currentYear: number;
  initial: Values;
  /** The year is already reported: a revision needs a reason. */
  revising: boolean;
}

export function HiringForm({ currentYear, initial, revising }: Props) {
  const router = useRouter();
  const schema = useMemo(() => hiringReportSchema(currentYear), [currentYear]);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema) as never,
    defaultValues: initial,
  });
  const { register, formState } = form;
  const { status, pending, onSubmit } = useActionSubmit(form, saveHiringReportAction, () => router.refresh());
  const e = formState.errors;

  const number = { type: "text" as const, inputMode: "numeric" as const, autoComplete: "off" };
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-6">
      <FormStatusAlert status={status} />
      <Textfield label="År" {...number} error={e.year?.message} {...register("year")} />
      <Fieldset>
        <Fieldset.Legend>Faste stillinger</Fieldset.Legend>
        <Textfield label="Nytilsatte i faste stillinger" {...number} error={e.permanentTotal?.message} {...register("permanentTotal")} />
        <Textfield
          label="Av disse: i målgruppen"
          description="Nedsatt funksjonsevne eller hull i CV-en. En person i begge gruppene telles én gang."
          {...number}
          error={e.permanentTarget?.message}
          {...register("permanentTarget")}
        />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>Midlertidige stillinger</Fieldset.Legend>
        <Textfield label="Nytilsatte i midlertidige stillinger" {...number} error={e.temporaryTotal?.message} {...register("temporaryTotal")} />
        <Textfield label="Av disse: i målgruppen" {...number} error={e.temporaryTarget?.message} {...register("temporaryTarget")} />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>Traineer i traineeprogrammet i staten</Fieldset.Legend>
        <Textfield label="Traineer som startet i året" {...number} error={e.traineeTotal?.message} {...register("traineeTotal")} />
        <Textfield label="Av disse: i målgruppen, traineer" {...number} error={e.traineeTarget?.message} {...register("traineeTarget")} />
      </Fieldset>
      {revising && (
        <Textfield
          label="Hvorfor endres tallene?"
          description="Påkrevd når et år som er rapportert endres. Begrunnelsen vises i historikken."
          multiline
          rows={2}
          error={e.reason?.message}
          {...register("reason")}
        />
      )}
      <div>
        <Button type="submit" disabled={pending}>
          Lagre tallene
        </Button>
      </div>
    </form>
  );
}
