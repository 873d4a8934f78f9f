"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Alert, Button, Heading, Paragraph } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { summarizeElement } from "@/components/plans/editor/content";
import { StaleSaveChoice } from "@/components/ui/stale-save-choice";
import { FormStatusAlert, type FormStatus } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import type { PlanContent, PlanElementKey } from "@/lib/domain/plan-content";
import type { ImportWarning, PlanImportDraft } from "@/lib/domain/plan-import";
import { commonTexts } from "@/lib/i18n/common";
import { planTexts } from "@/lib/i18n/plan-nb";
import { planFormTexts } from "@/lib/i18n/plans";

type Review = PlanImportDraft & { version: number };

interface Props {
  planId: string;
  maxMb: number;
  read: (data: FormData) => Promise<ActionResult<Review>>;
  apply: (data: FormData) => Promise<ActionResult<{ version: number }>>;
}

function warningText(w: ImportWarning, elements: Record<PlanElementKey, string>, words: (typeof commonTexts)["nb"]["planImport"]): string {
  switch (w.code) {
    case "noHeadings":
      return words.noHeadings;
    case "unknownHeading":
      return words.unknownHeading(w.heading);
    default:
      return words[w.code](elements[w.element]);
  }
}

/**
 * Importing a plan from Word: choose the file; check and correct what each element got (and the
 * text that was not placed); then "Bruk som utkast" replaces the draft. What HR typed stays in the
 * form on any refusal; if someone saved the draft meanwhile, HR chooses what to keep.
 */
export function PlanImport({ planId, maxMb, read, apply }: Props) {
  const router = useRouter();
  const locale = useLocale();
  const t = useTexts(planFormTexts).import;
  const elements = useTexts(planTexts).elements;
  const common = useTexts(commonTexts);
  const fileInput = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [texts, setTexts] = useState<Record<PlanElementKey, string> | null>(null);
  const [errors, setErrors] = useState<Partial<Record<PlanElementKey, string>>>({});
  const [stale, setStale] = useState<{ version: number; content: PlanContent } | null>(null);
  const [status, setStatus] = useState<FormStatus>(null);
  const [pending, startTransition] = useTransition();

  const readFile = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFileError(null);
    setStatus(null);
    if (!file) return setFileError(t.chooseFile);
    if (file.size > maxMb * 1024 * 1024) return setFileError(t.tooLarge(maxMb));
    const data = new FormData();
    data.set("planId", planId);
    data.set("file", file);
    startTransition(async () => {
      const result = await read(data).catch(() => null);
      if (!result) return setStatus({ kind: "danger", text: common.errors.unexpected });
      if (!result.ok || !result.data) {
        const message = result.ok ? common.errors.unexpected : (result.fieldErrors?.file?.[0] ?? null);
        if (message) setFileError(message);
        else setStatus({ kind: "danger", text: result.ok ? common.errors.unexpected : result.message });
        return;
      }
      setReview(result.data);
      setTexts(result.data.elements);
      setErrors({});
      setStale(null);
    });
  };

  const applyTexts = (version: number) => {
    if (!file || !texts) return;
    const data = new FormData();
    data.set("planId", planId);
    data.set("version", String(version));
    data.set("elements", JSON.stringify(texts));
    data.set("file", file);
    setStatus(null);
    startTransition(async () => {
      const result = await apply(data).catch(() => null);
      if (!result) return setStatus({ kind: "danger", text: common.errors.unexpected });
      if (result.ok) {
        router.push(`/planer/${planId}`);
        router.refresh();
        return;
      }
      const next: Partial<Record<PlanElementKey, string>> = {};
      for (const key of PLAN_ELEMENTS) {
        const message = result.fieldErrors?.[`elements.${key}`]?.[0];
        if (message) next[key] = message;
      }
      setErrors(next);
      if (result.fieldErrors?.file?.[0]) setFileError(result.fieldErrors.file[0]);
      const conflict = result.code === "conflict" ? (result.data as { version?: number; content?: PlanContent } | undefined) : undefined;
      setStale(conflict?.content && typeof conflict.version === "number" ? { version: conflict.version, content: conflict.content } : null);
      setStatus({ kind: "danger", text: result.message });
    });
  };

  return (
    <div className="flex flex-col gap-8">
      <form onSubmit={readFile} noValidate className="flex max-w-xl flex-col gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={fileInput} className="font-medium">
            {t.fileLabel}
          </label>
          <span id={`${fileInput}-hint`} className="text-sm">
            {t.fileHint(maxMb)}
          </span>
          <input
            id={fileInput}
            name="file"
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`${fileInput}-hint${fileError ? ` ${fileInput}-error` : ""}`}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setReview(null);
              setTexts(null);
              setFileError(null);
            }}
          />
          {fileError && (
            <p id={`${fileInput}-error`} className="text-[var(--ds-color-danger-text-default)]">
              {fileError}
            </p>
          )}
        </div>
        <div>
          <Button type="submit" variant={review ? "secondary" : "primary"} disabled={pending} aria-busy={pending}>
            {pending && !review ? t.reading : t.read}
          </Button>
        </div>
      </form>
      {!review && <FormStatusAlert status={status} />}

      {review && texts && (
        <section aria-labelledby="kontroller" className="flex flex-col gap-6">
          <Heading level={2} data-size="md" id="kontroller">
            {t.checkHeading}
          </Heading>
          <Paragraph>{t.checkIntro}</Paragraph>
          {review.warnings.length > 0 && (
            <Alert data-color="warning">
              <Heading level={3} data-size="xs">
                {t.warningsHeading}
              </Heading>
              <ul className="list-disc pl-6">
                {review.warnings.map((w, i) => (
                  <li key={i}>{warningText(w, elements, common.planImport)}</li>
                ))}
              </ul>
            </Alert>
          )}
          {PLAN_ELEMENTS.map((key) => (
            <Textfield
              key={key}
              label={elements[key]}
              description={t.help[key]}
              multiline
              rows={Math.min(14, Math.max(4, texts[key].split("\n").length + 1))}
              value={texts[key]}
              error={errors[key]}
              onChange={(e) => setTexts({ ...texts, [key]: e.currentTarget.value })}
            />
          ))}
          <Textfield
            label={t.unplaced}
            description={t.unplacedDescription}
            multiline
            readOnly
            rows={Math.min(12, Math.max(3, review.unplaced.split("\n").length + 1))}
            value={review.unplaced || t.none}
          />
          {stale && (
            <StaleSaveChoice
              heading={t.staleHeading}
              fields={PLAN_ELEMENTS.map((key) => ({ label: elements[key], saved: summarizeElement(stale.content, key, locale).join("\n"), mine: texts[key] }))}
              onUseSaved={() => router.push(`/planer/${planId}`)}
              onKeepMine={() => {
                const version = stale.version;
                setStale(null);
                setReview({ ...review, version });
                applyTexts(version);
              }}
            />
          )}
          <FormStatusAlert status={status} />
          <div className="flex flex-wrap gap-4">
            <Button type="button" onClick={() => applyTexts(review.version)} disabled={pending} aria-busy={pending}>
              {pending ? t.saving : t.apply}
            </Button>
            <Button type="button" variant="tertiary" onClick={() => router.push(`/planer/${planId}`)}>
              {t.cancel}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
