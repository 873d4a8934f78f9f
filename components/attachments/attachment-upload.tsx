"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ds/primitives";
import { FormStatusAlert, type FormStatus } from "@/components/ui/use-action-submit";
import { useTexts } from "@/components/i18n/locale-provider";
import type { ActionResult } from "@/lib/auth/action";
import { attachmentTexts } from "@/lib/i18n/attachments";

interface Props {
  /** The owner's field name and id ("planId", "letterId"). */
  owner: { name: string; id: string };
  upload: (data: FormData) => Promise<ActionResult>;
  maxMb: number;
  label?: string;
}

/** Adds a PDF or DOCX; a refused file's reason is shown by the field, and the form keeps the choice. */
export function AttachmentUpload({ owner, upload, maxMb, label }: Props) {
  const t = useTexts(attachmentTexts);
  const router = useRouter();
  const inputId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<FormStatus>(null);
  const [pending, startTransition] = useTransition();

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    setError(null);
    setStatus(null);
    if (!(file instanceof File) || file.size === 0) {
      setError(t.chooseFile);
      return;
    }
    // Checked here too: a file over the server's limit would not reach the action's own check.
    if (file.size > maxMb * 1024 * 1024) {
      setError(t.tooLarge(maxMb));
      return;
    }
    startTransition(async () => {
      let result: ActionResult;
      try {
        result = await upload(data);
      } catch {
        setStatus({ kind: "danger", text: t.failed });
        return;
      }
      if (result.ok) {
        form.current?.reset();
        setStatus({ kind: "success", text: result.message ?? t.added });
        router.refresh();
      } else {
        const fieldError = result.fieldErrors?.file?.[0];
        if (fieldError) setError(fieldError);
        else setStatus({ kind: "danger", text: result.message });
      }
    });
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name={owner.name} value={owner.id} />
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="font-medium">
          {label ?? t.uploadLabel}
        </label>
        <span id={`${inputId}-hint`} className="text-sm">
          {t.hint(maxMb)}
        </span>
        <input
          id={inputId}
          name="file"
          type="file"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
        />
        {error && (
          <p id={`${inputId}-error`} className="text-[var(--ds-color-danger-text-default)]">
            {error}
          </p>
        )}
      </div>
      <div>
        <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
          {pending ? t.uploading : t.upload}
        </Button>
      </div>
      <FormStatusAlert status={status} />
    </form>
  );
}
