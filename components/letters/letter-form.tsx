"use client";

import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button, Textfield } from "@digdir/designsystemet-react";
import { updateLetterAction } from "@/app/(app)/runder/[id]/actions";
import { LetterFields, type LetterFieldValues } from "@/components/letters/letter-fields";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
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
  const { register, formState } = methods;
  const { status, pending, onSubmit } = useActionSubmit(methods, updateLetterAction);
  const e = formState.errors;

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
        <FormStatusAlert status={status} />
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
