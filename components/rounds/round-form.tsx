"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Alert, Button, Checkbox, Fieldset, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { createRoundAction } from "@/app/(app)/runder/ny/actions";
import { applyServerErrors } from "@/components/ui/form-errors";
import { roundSchema } from "@/lib/domain/schemas";
import type { AgencySummary } from "@/lib/data/organisations";

interface Props {
  agencies: AgencySummary[];
  todayIso: string;
  defaultBody: string;
}

export function RoundForm({ agencies, todayIso, defaultBody }: Props) {
  const router = useRouter();
  const schema = useMemo(() => roundSchema(new Date(`${todayIso}T00:00:00Z`)), [todayIso]);
  type Input = z.input<typeof schema>;
  const { register, handleSubmit, setError, getValues, formState } = useForm<Input, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      title: "Handlingsplan for inkluderingsdugnaden",
      caseNumber: "",
      deadline: "",
      body: defaultBody,
      agencyIds: agencies.map((a) => a.id),
    },
  });
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = formState.errors;

  const onSubmit = handleSubmit(() => {
    setMessage(null);
    startTransition(async () => {
      const result = await createRoundAction(getValues());
      if (result.ok && result.data) {
        router.push(`/runder/${result.data.id}`);
        return;
      }
      if (!result.ok) {
        applyServerErrors(setError, result.fieldErrors);
        setMessage(result.message);
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {message && (
        <Alert data-color="danger" role="alert">
          {message}
        </Alert>
      )}
      <Textfield label="Tittel" error={errors.title?.message} {...register("title")} />
      <Textfield
        label="Saksnummer"
        description="Brevene får Vår ref saksnummer-1, -2 … for eksempel 21/1234-1."
        error={errors.caseNumber?.message}
        {...register("caseNumber")}
      />
      <Textfield
        label="Frist for handlingsplan"
        type="date"
        min={todayIso}
        error={errors.deadline?.message}
        {...register("deadline")}
      />
      <Textfield
        label="Brevtekst"
        description="Avsnitt skilles med tom linje. Linjer som begynner med «- » blir punktliste; «1. Innledning» blir overskrift; **fet** tekst."
        multiline
        rows={16}
        error={errors.body?.message}
        {...register("body")}
      />
      <Fieldset aria-invalid={Boolean(errors.agencyIds)}>
        <Fieldset.Legend>Virksomheter som skal få brev</Fieldset.Legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {agencies.map((a) => (
            <Checkbox key={a.id} label={a.name} value={a.id} {...register("agencyIds")} />
          ))}
        </div>
        {errors.agencyIds && <ValidationMessage>{errors.agencyIds.message}</ValidationMessage>}
      </Fieldset>
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Sender …" : "Opprett runde og send brev"}
        </Button>
      </div>
    </form>
  );
}
