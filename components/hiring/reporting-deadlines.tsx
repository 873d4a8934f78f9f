"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button, Heading, Paragraph } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { formatLongDate } from "@/lib/domain/format";
import { reportingDeadlineSchema } from "@/lib/domain/schemas";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { hiringTexts } from "@/lib/i18n/figures";

type Values = { year: string; dueOn: string };

interface Props {
  deadlines: { year: number; dueOn: Date }[];
  /** The year the form suggests: the last one ended. */
  defaultYear: number;
  save: (values: Values) => Promise<ActionResult>;
}

/** The dates by which the ministry's agencies report each year's figures; the adviser sets them. */
export function ReportingDeadlines({ deadlines, defaultYear, save }: Props) {
  const router = useRouter();
  const locale = useLocale();
  const t = useTexts(hiringTexts).deadlines;
  const form = useForm<Values, unknown, z.output<typeof reportingDeadlineSchema>>({
    resolver: zodResolver(reportingDeadlineSchema) as never,
    defaultValues: { year: String(defaultYear), dueOn: "" },
  });
  const { status, pending, onSubmit } = useActionSubmit(form, save, () => router.refresh());
  const e = form.formState.errors;
  return (
    <section aria-labelledby="frist-tall" className="flex flex-col gap-3">
      <Heading level={2} data-size="sm" id="frist-tall">
        {t.heading}
      </Heading>
      <Paragraph data-size="sm">{t.intro}</Paragraph>
      {deadlines.length === 0 ? (
        <Paragraph data-size="sm">{t.none}</Paragraph>
      ) : (
        <ul className="flex flex-col gap-1" aria-label={t.listLabel}>
          {deadlines.map((d) => (
            <li key={d.year}>
              {t.item(d.year, formatLongDate(d.dueOn, locale))}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label={t.formLabel}>
        <FormStatusAlert status={status} />
        <div className="flex flex-wrap gap-4">
          <Textfield label={t.year} type="text" inputMode="numeric" autoComplete="off" error={e.year?.message} {...form.register("year")} />
          <Textfield label={t.dueOn} type="date" error={e.dueOn?.message} {...form.register("dueOn")} />
        </div>
        <div>
          <Button type="submit" disabled={pending}>
            {t.save}
          </Button>
        </div>
      </form>
    </section>
  );
}
