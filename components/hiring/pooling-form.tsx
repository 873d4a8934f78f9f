"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Fieldset } from "@/components/ds/fieldset";
import { Button, ValidationMessage } from "@/components/ds/primitives";
import { Radio } from "@/components/ds/radio";
import { Textfield } from "@/components/ds/textfield";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { poolingDecisionSchema, poolingRequestSchema } from "@/lib/domain/schemas";
import { useTexts } from "@/components/i18n/locale-provider";
import { hiringTexts } from "@/lib/i18n/figures";

type RequestValues = { fromYear: string; toYear: string; reason: string };

/** The agency asks the ministry to report several of its small years as one period. */
export function PoolingRequestForm({ request }: { request: (values: RequestValues) => Promise<ActionResult> }) {
  const router = useRouter();
  const t = useTexts(hiringTexts).pooling;
  const empty = { fromYear: "", toYear: "", reason: "" };
  const form = useForm<RequestValues, unknown, z.output<typeof poolingRequestSchema>>({
    resolver: zodResolver(poolingRequestSchema) as never,
    defaultValues: empty,
  });
  const { status, pending, onSubmit } = useActionSubmit(form, request, () => {
    form.reset(empty);
    router.refresh();
  });
  const e = form.formState.errors;
  const number = { type: "text" as const, inputMode: "numeric" as const, autoComplete: "off" };
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label={t.requestLabel}>
      <FormStatusAlert status={status} />
      <div className="flex flex-wrap gap-4">
        <Textfield label={t.fromYear} {...number} error={e.fromYear?.message} {...form.register("fromYear")} />
        <Textfield label={t.toYear} {...number} error={e.toYear?.message} {...form.register("toYear")} />
      </div>
      <Textfield label={t.reason} multiline rows={2} error={e.reason?.message} {...form.register("reason")} />
      <div>
        <Button type="submit" disabled={pending}>
          {t.send}
        </Button>
      </div>
    </form>
  );
}

type DecisionValues = { consentId: string; decision: "approve" | "refuse" | ""; note: string };

/** The ministry approves or refuses one request. */
export function PoolingDecisionForm({
  consentId,
  period,
  decide,
}: {
  consentId: string;
  /** "2019–2020", to tell one request's form from another's. */
  period: string;
  decide: (values: DecisionValues) => Promise<ActionResult>;
}) {
  const router = useRouter();
  const t = useTexts(hiringTexts).pooling;
  const form = useForm<DecisionValues, unknown, z.output<typeof poolingDecisionSchema>>({
    resolver: zodResolver(poolingDecisionSchema) as never,
    defaultValues: { consentId, decision: "", note: "" },
  });
  const { status, pending, onSubmit } = useActionSubmit(form, decide, () => router.refresh());
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-3" aria-label={t.decideLabel(period)}>
      <FormStatusAlert status={status} />
      <Fieldset>
        <Fieldset.Legend>{t.decisionLegend(period)}</Fieldset.Legend>
        <Radio label={t.approve} value="approve" {...form.register("decision")} />
        <Radio label={t.refuse} value="refuse" {...form.register("decision")} />
        {e.decision && <ValidationMessage>{t.chooseDecision}</ValidationMessage>}
      </Fieldset>
      <Textfield label={t.note} multiline rows={2} error={e.note?.message} {...form.register("note")} />
      <div>
        <Button type="submit" disabled={pending}>
          {t.saveDecision}
        </Button>
      </div>
    </form>
  );
}
