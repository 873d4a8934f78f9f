"use client";

import { useState, useTransition } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Alert, Button, Textfield } from "@digdir/designsystemet-react";
import { updateLetterAction } from "@/app/(app)/runder/[id]/actions";
import { LetterFields, type LetterFieldValues } from "@/components/letters/letter-fields";
import { applyServerErrors } from "@/components/ui/form-errors";
import { letterSchema } from "@/lib/domain/schemas";

export type LetterFormValues = LetterFieldValues & {
  letterId: string;
  number: string;
  title: string;
  yourRef: string;
  ourRef: string;
};

/** One draft letter: its own number, title, references and any field changed from the round's. */
export function LetterForm({ initial, titlePlaceholder }: { initial: LetterFormValues; titlePlaceholder: string }) {
  const methods = useForm<LetterFormValues, unknown, z.output<typeof letterSchema>>({
    resolver: zodResolver(letterSchema) as never,
    defaultValues: initial,
  });
  const { register, handleSubmit, setError, getValues, formState } = methods;
  const [status, setStatus] = useState<{ kind: "success" | "danger"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const e = formState.errors;

  const onSubmit = handleSubmit(() => {
    setStatus(null);
    startTransition(async () => {
      const result = await updateLetterAction(getValues());
      if (result.ok) setStatus({ kind: "success", text: result.message ?? "Lagret." });
      else {
        applyServerErrors(setError, result.fieldErrors);
        setStatus({ kind: "danger", text: result.message });
      }
    });
  });

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
        {status && (
          <Alert data-color={status.kind} role={status.kind === "danger" ? "alert" : "status"}>
            {status.text}
          </Alert>
        )}
        <input type="hidden" {...register("letterId")} />
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
