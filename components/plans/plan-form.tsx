"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Alert, Button, ErrorSummary, Textfield } from "@digdir/designsystemet-react";
import { saveDraftAction, submitPlanAction } from "@/app/(app)/planer/[id]/actions";
import { applyServerErrors } from "@/components/ui/form-errors";
import { PLAN_ELEMENTS, type PlanElements } from "@/lib/domain/plan";
import { planDraftSchema, planSubmitSchema } from "@/lib/domain/schemas";
import { nb } from "@/lib/i18n/nb";

type Values = z.input<typeof planDraftSchema>;

interface Props {
  planId: string;
  version: number;
  elements: PlanElements;
}

export function PlanForm({ planId, version, elements }: Props) {
  const router = useRouter();
  const { register, handleSubmit, setError, clearErrors, getValues, setValue, formState } = useForm<Values>({
    resolver: zodResolver(planDraftSchema),
    defaultValues: { planId, version, ...elements },
  });
  const [status, setStatus] = useState<{ kind: "success" | "danger"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = formState.errors;
  const missing = PLAN_ELEMENTS.filter((k) => errors[k]);

  const saveDraft = handleSubmit(() => {
    setStatus(null);
    startTransition(async () => {
      const result = await saveDraftAction(getValues());
      if (result.ok && result.data) {
        setValue("version", result.data.version);
        const time = new Intl.DateTimeFormat("nb-NO", { hour: "2-digit", minute: "2-digit" }).format(new Date());
        setStatus({ kind: "success", text: `Utkastet er lagret kl. ${time}.` });
      } else if (!result.ok) {
        applyServerErrors(setError, result.fieldErrors);
        setStatus({ kind: "danger", text: result.message });
      }
    });
  });

  const submit = () => {
    setStatus(null);
    clearErrors();
    const check = planSubmitSchema.safeParse(getValues());
    if (!check.success) {
      for (const issue of check.error.issues) {
        const field = issue.path[0];
        if (typeof field === "string") setError(field as keyof Values, { type: "submit", message: issue.message });
      }
      return;
    }
    startTransition(async () => {
      const result = await submitPlanAction(getValues());
      if (result.ok) {
        router.refresh();
      } else {
        applyServerErrors(setError, result.fieldErrors);
        setStatus({ kind: "danger", text: result.message });
      }
    });
  };

  return (
    <form onSubmit={saveDraft} noValidate className="flex flex-col gap-6">
      {missing.length > 0 && (
        <ErrorSummary>
          <ErrorSummary.Heading>Før du kan sende inn planen må du rette dette:</ErrorSummary.Heading>
          <ErrorSummary.List>
            {missing.map((k) => (
              <ErrorSummary.Item key={k}>
                <ErrorSummary.Link href={`#element-${k}`}>{errors[k]?.message}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {status && (
        <Alert data-color={status.kind} role={status.kind === "danger" ? "alert" : "status"}>
          {status.text}
        </Alert>
      )}
      <input type="hidden" {...register("planId")} />
      <input type="hidden" {...register("version")} />
      {PLAN_ELEMENTS.map((k) => (
        <Textfield
          key={k}
          id={`element-${k}`}
          label={nb.planElements[k]}
          description={nb.planElementHelp[k]}
          multiline
          rows={6}
          error={errors[k]?.message}
          {...register(k)}
        />
      ))}
      <div className="flex flex-wrap gap-4">
        <Button type="submit" variant="secondary" disabled={pending}>
          Lagre utkast
        </Button>
        <Button type="button" onClick={submit} disabled={pending}>
          Send inn planen
        </Button>
      </div>
    </form>
  );
}
