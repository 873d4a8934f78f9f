"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Fieldset } from "@/components/ds/fieldset";
import { Button, Paragraph, ValidationMessage } from "@/components/ds/primitives";
import { Radio } from "@/components/ds/radio";
import { useTexts } from "@/components/i18n/locale-provider";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import type { PreferenceRow } from "@/lib/data/notifications";
import { DELIVERY_MODES, type DeliveryMode, type NotificationKind } from "@/lib/domain/notifications";
import { notificationPreferencesSchema } from "@/lib/domain/schemas";
import { notificationTexts, notificationUiTexts } from "@/lib/i18n/notifications";

type Values = Partial<Record<NotificationKind, DeliveryMode>>;

interface Props {
  rows: PreferenceRow[];
  save: (values: Values) => Promise<ActionResult>;
}

/** For each kind of notification one receives: e-mail at once, in a daily digest, or none. */
export function PreferencesForm({ rows, save }: Props) {
  const { kindLabels, modeLabels } = useTexts(notificationTexts);
  const t = useTexts(notificationUiTexts).settings;
  const choosable = rows.filter((r) => !r.required);
  const form = useForm<Values, unknown, z.output<typeof notificationPreferencesSchema>>({
    resolver: zodResolver(notificationPreferencesSchema) as never,
    defaultValues: Object.fromEntries(choosable.map((r) => [r.kind, r.mode])),
  });
  const { status, pending, onSubmit } = useActionSubmit(form, save);
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6" aria-label={t.formLabel}>
      <FormStatusAlert status={status} />
      {rows.map((row) =>
        row.required ? (
          <div key={row.kind} className="flex flex-col gap-1">
            <Paragraph className="font-semibold">{kindLabels[row.kind]}</Paragraph>
            <Paragraph data-size="sm">{t.required}</Paragraph>
          </div>
        ) : (
          <Fieldset key={row.kind} aria-invalid={Boolean(e[row.kind])}>
            <Fieldset.Legend>{kindLabels[row.kind]}</Fieldset.Legend>
            <div className="flex flex-wrap gap-x-6">
              {DELIVERY_MODES.map((mode) => (
                <Radio key={mode} label={modeLabels[mode]} value={mode} {...form.register(row.kind)} />
              ))}
            </div>
            {e[row.kind] && <ValidationMessage>{e[row.kind]?.message}</ValidationMessage>}
          </Fieldset>
        ),
      )}
      {choosable.length > 0 && (
        <div>
          <Button type="submit" disabled={pending}>
            {t.save}
          </Button>
        </div>
      )}
    </form>
  );
}
