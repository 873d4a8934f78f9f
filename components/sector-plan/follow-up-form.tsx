"use client";

// The agency's report on one measure: status (a reason when not relevant), a short comment.
// Validated by the same schema on the client and the server; a report based on an older state
// (someone else reported since) is refused and what was typed stays in the form.
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Fieldset } from "@/components/ds/fieldset";
import { Button, ValidationMessage } from "@/components/ds/primitives";
import { Radio } from "@/components/ds/radio";
import { Textfield } from "@/components/ds/textfield";
import { useTexts } from "@/components/i18n/locale-provider";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { COMMENT_MAX, FOLLOW_UP_STATUSES, followUpSchema, type FollowUpInput, type FollowUpStatus } from "@/lib/domain/follow-up";
import { sectorPlanTexts, sectorPlanUiTexts } from "@/lib/i18n/sector-plan";

/** The page's server action: saves the report; a stale one fails with code "conflict" and the newer version. */
export type ReportFollowUp = (values: FollowUpInput) => Promise<ActionResult<{ version: number }>>;

interface Props {
  sectorPlanId: string;
  measureId: string;
  /** "1.2": names the fields of this measure for screen readers. */
  label: string;
  current: { status: FollowUpStatus; reason: string; comment: string; version: number } | null;
  report: ReportFollowUp;
}

export function FollowUpForm({ sectorPlanId, measureId, label, current, report }: Props) {
  const router = useRouter();
  const t = useTexts(sectorPlanTexts);
  const u = useTexts(sectorPlanUiTexts).followUp;
  const form = useForm<FollowUpInput>({
    resolver: zodResolver(followUpSchema) as never,
    defaultValues: {
      sectorPlanId,
      measureId,
      version: current?.version ?? 0,
      status: current?.status ?? "NOT_STARTED",
      reason: current?.reason ?? "",
      comment: current?.comment ?? "",
    },
  });
  const { register, control, formState, setValue } = form;
  const status = useWatch({ control, name: "status" });
  const { status: result, pending, onSubmit } = useActionSubmit(form, async (values) => {
    const r = await report(values);
    if (r.ok && r.data) setValue("version", r.data.version);
    const newer = !r.ok && r.code === "conflict" ? (r.data as { version?: number } | undefined) : undefined;
    if (newer?.version !== undefined) setValue("version", newer.version);
    if (r.ok || newer) router.refresh();
    return r;
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <Fieldset data-size="sm">
        <Fieldset.Legend>{u.statusLegend(label)}</Fieldset.Legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {FOLLOW_UP_STATUSES.map((s) => (
            <Radio key={s} label={t.followUpStatuses[s]} value={s} {...register("status")} />
          ))}
        </div>
        {formState.errors.status && <ValidationMessage>{formState.errors.status.message}</ValidationMessage>}
      </Fieldset>
      {status === "NOT_RELEVANT" && (
        <Textfield
          label={u.reasonLabel(label)}
          description={u.reasonHelp}
          multiline
          rows={2}
          error={formState.errors.reason?.message}
          {...register("reason")}
        />
      )}
      <Textfield
        label={u.commentLabel(label)}
        description={u.commentHelp(COMMENT_MAX)}
        multiline
        rows={2}
        error={formState.errors.comment?.message}
        {...register("comment")}
      />
      <div>
        <Button type="submit" variant="secondary" data-size="sm" disabled={pending} aria-busy={pending}>
          {pending ? u.saving : u.save}
          <span className="sr-only">{u.saveContext(label)}</span>
        </Button>
      </div>
      <FormStatusAlert status={result} />
    </form>
  );
}
