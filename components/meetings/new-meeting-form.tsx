"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { useTexts } from "@/components/i18n/locale-provider";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { newMeetingSchema } from "@/lib/domain/meeting-schema";
import { meetingPageTexts, meetingTexts } from "@/lib/i18n/meetings";

type Values = z.input<typeof newMeetingSchema>;

/** The meeting's date; the record is made with the brief as it stands now, then written on its own page. */
export function NewMeetingForm({ agencyId, today, create }: { agencyId: string; today: string; create: (values: Values) => Promise<ActionResult<{ id: string }>> }) {
  const router = useRouter();
  const t = useTexts(meetingTexts);
  const p = useTexts(meetingPageTexts).form;
  const form = useForm<Values, unknown, z.output<typeof newMeetingSchema>>({ resolver: zodResolver(newMeetingSchema), defaultValues: { agencyId, date: today } });
  const { status, pending, onSubmit } = useActionSubmit(form, create, (data) => {
    if (data) router.push(`/virksomheter/${agencyId}/moter/${data.id}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      <FormStatusAlert status={status} />
      <Textfield label={p.date} type="date" error={form.formState.errors.date?.message} {...form.register("date")} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t.actions.create}
        </Button>
      </div>
    </form>
  );
}
