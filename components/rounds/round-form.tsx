"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Alert, Checkbox, Button, Fieldset, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { LetterFields, type LetterFieldValues } from "@/components/letters/letter-fields";
import { applyServerErrors } from "@/components/ui/form-errors";
import type { ActionResult } from "@/lib/auth/action";
import { roundSchema } from "@/lib/domain/schemas";
import type { AgencySummary } from "@/lib/data/organisations";

type Values = LetterFieldValues & {
  title: string;
  caseNumber: string;
  agencyIds: string[];
  reminderDays: string;
  asksForRevision: boolean;
  requiresLeaderApproval: boolean;
  previousRoundId: string;
};

interface Props {
  agencies: AgencySummary[];
  defaults: Omit<Values, "agencyIds" | "previousRoundId">;
  /** The agencies checked at first; all of them unless given. */
  checkedAgencyIds?: string[];
  /** The earlier round this one continues (issue 13). */
  previousRoundId?: string;
  /** Creates the round with a draft letter per agency; returns the round's id. */
  create: (values: Values) => Promise<ActionResult<{ id: string }>>;
}

export function RoundForm({ agencies, defaults, checkedAgencyIds, previousRoundId, create }: Props) {
  const router = useRouter();
  const methods = useForm<Values, unknown, z.output<typeof roundSchema>>({
    resolver: zodResolver(roundSchema) as never,
    defaultValues: { ...defaults, previousRoundId: previousRoundId ?? "", agencyIds: checkedAgencyIds ?? agencies.map((a) => a.id) },
  });
  const { register, handleSubmit, setError, getValues, formState } = methods;
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = formState.errors;

  const onSubmit = handleSubmit(() => {
    setMessage(null);
    startTransition(async () => {
      const result = await create(getValues());
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
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
        {message && (
          <Alert data-color="danger" role="alert">
            {message}
          </Alert>
        )}
        <Textfield label="Tittel" description="Står i hvert brevs tittel." error={errors.title?.message} {...register("title")} />
        <Textfield
          label="Saksnummer"
          description="Brevene får Vår ref saksnummer-1, -2 … for eksempel 21/1234-1. Du kan endre hvert brev før det sendes."
          error={errors.caseNumber?.message}
          {...register("caseNumber")}
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
        <LetterFields bodyLabel="Brevtekst (mal)" />
        <Textfield
          label="Påminnelser før fristen (dager)"
          description="Virksomheter som ikke har sendt inn handlingsplanen, får påminnelse så mange dager før fristen. Skriv hele dager skilt med komma, høyst 5, for eksempel 14, 3. Etter fristen får de påminnelse dagen etter og deretter hver uke."
          inputMode="numeric"
          autoComplete="off"
          error={errors.reminderDays?.message}
          {...register("reminderDays")}
        />
        {previousRoundId && <input type="hidden" {...register("previousRoundId")} />}
        {/* The round's options; more may join them (each one a checkbox with its explanation). */}
        <Fieldset>
          <Fieldset.Legend>Valg for runden</Fieldset.Legend>
          <Checkbox
            label="Ber om revidert handlingsplan"
            description="Hver virksomhets plan i runden starter som et utkast med innholdet i virksomhetens sist godkjente plan. Virksomheten reviderer den og sender den inn på vanlig måte."
            {...register("asksForRevision")}
          />
          <Checkbox
            label="Leder må godkjenne planen før innsending"
            description="HR kan bare sende inn planen når virksomhetens leder har godkjent akkurat det utkastet som sendes inn."
            {...register("requiresLeaderApproval")}
          />
        </Fieldset>
        <div>
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? "Oppretter …" : "Opprett runden med brevutkast"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
