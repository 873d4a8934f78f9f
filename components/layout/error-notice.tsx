"use client";

import { Alert, Button, Heading, Paragraph } from "@/components/ui/plain";
import { useTexts } from "@/components/i18n/locale-provider";
import { shellTexts } from "@/lib/i18n/shell";

export function ErrorNotice({ reset }: { reset: () => void }) {
  const t = useTexts(shellTexts).error;
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <Heading level={1} data-size="md">
        {t.title}
      </Heading>
      <Alert data-color="warning">
        <Paragraph>{t.body}</Paragraph>
      </Alert>
      <div>
        <Button onClick={reset}>{t.retry}</Button>
      </div>
    </div>
  );
}
