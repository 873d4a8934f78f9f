"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Checkbox } from "@/components/ds/checkbox";
import { Fieldset } from "@/components/ds/fieldset";
import { Alert, Button, ValidationMessage } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { LetterFields, type LetterFieldValues } from "@/components/letters/letter-fields";
import { useTexts } from "@/components/i18n/locale-provider";
import { applyServerErrors } from "@/components/ui/form-errors";
import type { ActionResult } from "@/lib/auth/action";
import { roundSchema } from "@/lib/domain/schemas";
import type { AgencySummary } from "@/lib/data/organisations";
import { roundTexts } from "@/lib/i18n/letters";
import { useCallAction } from "@/components/ui/call-action";

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
  const t = useTexts(roundTexts).form;
  const methods = useForm<Values, unknown, z.output<typeof roundSchema>>({
    resolver: zodResolver(roundSchema) as never,
    defaultValues: { ...defaults, previousRoundId: previousRoundId ?? "", agencyIds: checkedAgencyIds ?? agencies.map((a) => a.id) },
  });
  const { register, handleSubmit, setError, getValues, formState } = methods;
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const call = useCallAction();
  const errors = formState.errors;

  const onSubmit = handleSubmit(() => {
    setMessage(null);
    startTransition(async () => {
      const result = await call(() => create(getValues()));
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
        <Textfield label={t.title} description={t.titleDescription} error={errors.title?.message} {...register("title")} />
        <Textfield
          label={t.caseNumber}
          description={t.caseNumberDescription}
          error={errors.caseNumber?.message}
          {...register("caseNumber")}
        />
        <Fieldset aria-invalid={Boolean(errors.agencyIds)}>
          <Fieldset.Legend>{t.agencies}</Fieldset.Legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {agencies.map((a) => (
              <Checkbox key={a.id} label={a.name} value={a.id} {...register("agencyIds")} />
            ))}
          </div>
          {errors.agencyIds && <ValidationMessage>{errors.agencyIds.message}</ValidationMessage>}
        </Fieldset>
        <LetterFields bodyLabel={t.bodyTemplate} />
        <Textfield
          label={t.reminderDays}
          description={t.reminderDaysDescription}
          inputMode="numeric"
          autoComplete="off"
          error={errors.reminderDays?.message}
          {...register("reminderDays")}
        />
        {previousRoundId && <input type="hidden" {...register("previousRoundId")} />}
        {/* The round's options; more may join them (each one a checkbox with its explanation). */}
        <Fieldset>
          <Fieldset.Legend>{t.options}</Fieldset.Legend>
          <Checkbox
            label={t.asksForRevision}
            description={t.asksForRevisionDescription}
            {...register("asksForRevision")}
          />
          <Checkbox
            label={t.requiresLeaderApproval}
            description={t.requiresLeaderApprovalDescription}
            {...register("requiresLeaderApproval")}
          />
        </Fieldset>
        <div>
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? t.creating : t.create}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
