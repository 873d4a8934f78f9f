"use client";

import { useState, type FormEvent } from "react";
import { Button, Heading, Paragraph } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { FormStatusAlert, type FormStatus } from "@/components/ui/use-action-submit";
import { useTexts } from "@/components/i18n/locale-provider";
import { archiveTexts } from "@/lib/i18n/archive-nb";
import { commonTexts } from "@/lib/i18n/common";

/**
 * The ministry's download of a period's letters and plans for its archive (Noark 5). The route
 * checks the dates; its message is shown here, the package is saved as a file.
 */
export function ArchivePeriodForm({ defaultFrom, defaultTo }: { defaultFrom: string; defaultTo: string }) {
  const t = useTexts(archiveTexts);
  const { errors } = useTexts(commonTexts);
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState(defaultTo);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<FormStatus>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setStatus(null);
    try {
      const response = await fetch(`/api/arkivmelding?${new URLSearchParams({ fra: from, til: to })}`);
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setStatus({ kind: "danger", text: body?.error ?? errors.unexpected });
        return;
      }
      const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get("Content-Disposition") ?? "")?.[1];
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = name ? decodeURIComponent(name) : "arkivmelding.zip";
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch {
      setStatus({ kind: "danger", text: errors.unexpected });
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="arkiv-periode" className="flex flex-col gap-3">
      <Heading level={2} data-size="sm" id="arkiv-periode">
        {t.period.heading}
      </Heading>
      <Paragraph>{t.period.help}</Paragraph>
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-4">
        <Textfield label={t.period.from} type="date" name="fra" required value={from} onChange={(e) => setFrom(e.target.value)} />
        <Textfield label={t.period.to} type="date" name="til" required value={to} onChange={(e) => setTo(e.target.value)} />
        <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
          {t.period.submit}
        </Button>
      </form>
      <FormStatusAlert status={status} />
    </section>
  );
}
