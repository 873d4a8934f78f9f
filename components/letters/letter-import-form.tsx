"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ds/field";
import { Fieldset } from "@/components/ds/fieldset";
import { Alert, Button, Heading, Label, Paragraph, ValidationMessage } from "@/components/ds/primitives";
import { Radio } from "@/components/ds/radio";
import { Select } from "@/components/ds/select";
import { Textfield } from "@/components/ds/textfield";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { LetterFields, type LetterFieldNotes, type LetterFieldValues } from "@/components/letters/letter-fields";
import { applyServerErrors } from "@/components/ui/form-errors";
import type { ActionResult } from "@/lib/auth/action";
import { applySuggestions, MAX_LETTER_PDF_BYTES, type ImportField, type Recognition } from "@/lib/domain/letter-import";
import { letterImportSchema, type LetterImportInput } from "@/lib/domain/letter-import-schema";
import { formatLongDate } from "@/lib/domain/format";
import { letterDocumentNb, letterImportPageTexts, letterImportTexts, letterTexts } from "@/lib/i18n/letters";
import { commonTexts } from "@/lib/i18n/common";

interface ImportRoundOption {
  id: string;
  title: string;
  year: number;
}

/** The review form's values as typed (the schema turns them into data). */
type Values = LetterFieldValues & {
  agencyId: string;
  ourRef: string;
  yourRef: string;
  title: string;
  number: string;
  roundChoice: "existing" | "new";
  roundId: string;
  roundTitle: string;
  importedFrom: string;
};

interface Props {
  agencies: { id: string; name: string }[];
  /** The ministry's rounds that have been sent (a sent letter belongs in one of them, or in a new one). */
  rounds: ImportRoundOption[];
  /** Step 1: reads the PDF or the pasted text; saves nothing. */
  recognise: (data: FormData) => Promise<ActionResult<Recognition>>;
  /** Step 2: saves the checked letter as sent. */
  save: (values: Values) => Promise<ActionResult<{ letterId: string; roundId: string }>>;
}

/** Importing a letter sent before Dugnad: upload a PDF or paste a scan's text, check what was recognised, save. */
export function LetterImportForm({ agencies, rounds, recognise, save }: Props) {
  const [recognition, setRecognition] = useState<Recognition | null>(null);
  const [attempt, setAttempt] = useState(0);
  if (!recognition) {
    return <ReadStep recognise={recognise} onRecognised={(r) => { setRecognition(r); setAttempt((n) => n + 1); }} />;
  }
  return <ReviewStep key={attempt} agencies={agencies} rounds={rounds} recognition={recognition} save={save} onRestart={() => setRecognition(null)} />;
}

function ReadStep({ recognise, onRecognised }: { recognise: Props["recognise"]; onRecognised: (r: Recognition) => void }) {
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<{ file?: string; text?: string; form?: string }>({});
  const [pending, startTransition] = useTransition();
  const fileRef = useRef<HTMLInputElement>(null);
  const t = useTexts(letterImportTexts);
  const page = useTexts(letterImportPageTexts).read;
  const unexpected = useTexts(commonTexts).errors.unexpected;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setErrors({});
    const file = fileRef.current?.files?.[0];
    if (file && file.size > MAX_LETTER_PDF_BYTES) {
      setErrors({ file: t.errors.tooLarge });
      return;
    }
    if (!file && !text.trim()) {
      setErrors({ text: t.errors.noText });
      return;
    }
    const data = new FormData();
    if (file) data.set("file", file);
    data.set("text", text);
    startTransition(async () => {
      let result: ActionResult<Recognition>;
      try {
        result = await recognise(data);
      } catch {
        setErrors({ form: unexpected });
        return;
      }
      if (result.ok && result.data) onRecognised(result.data);
      else if (!result.ok) setErrors({ file: result.fieldErrors?.file?.[0], text: result.fieldErrors?.text?.[0], form: result.fieldErrors ? undefined : result.message });
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-6" aria-labelledby="steg-1">
      <Heading level={2} data-size="sm" id="steg-1">
        {page.heading}
      </Heading>
      {errors.form && (
        <Alert data-color="danger" role="alert">
          {errors.form}
        </Alert>
      )}
      <Field>
        <Label htmlFor="brev-fil">{page.pdf}</Label>
        <Field.Description id="brev-fil-beskrivelse">{page.pdfDescription}</Field.Description>
        <input
          id="brev-fil"
          ref={fileRef}
          type="file"
          accept="application/pdf,.pdf"
          aria-describedby={errors.file ? "brev-fil-beskrivelse brev-fil-feil" : "brev-fil-beskrivelse"}
          aria-invalid={errors.file ? true : undefined}
        />
        {errors.file && <ValidationMessage id="brev-fil-feil">{errors.file}</ValidationMessage>}
      </Field>
      <Textfield
        label={page.scan}
        description={page.scanDescription}
        multiline
        rows={12}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={errors.text}
      />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? page.reading : page.submit}
        </Button>
      </div>
    </form>
  );
}

function ReviewStep({
  agencies, rounds, recognition, save, onRestart,
}: Omit<Props, "recognise"> & { recognition: Recognition; onRestart: () => void }) {
  const router = useRouter();
  const locale = useLocale();
  const t = useTexts(letterImportTexts);
  const page = useTexts(letterImportPageTexts).review;
  const letter = useTexts(letterTexts).form;
  const r = recognition.recognised;
  const year = r.date ? Number(r.date.slice(0, 4)) : null;
  const roundOfYear = rounds.find((x) => x.year === year);
  const methods = useForm<Values, unknown, LetterImportInput>({
    resolver: zodResolver(letterImportSchema) as never,
    defaultValues: {
      agencyId: r.agencyId ?? "", ourRef: r.ourRef, yourRef: r.yourRef, date: r.date, deadline: r.deadline, title: r.title, number: r.number,
      body: r.body, department: r.department, caseworkerName: r.caseworkerName, caseworkerPhone: r.caseworkerPhone,
      signatories: r.signatories.length ? r.signatories : [{ name: "", title: "", byAuthority: false }],
      copyTo: r.copyTo.join("\n"),
      roundChoice: roundOfYear ? "existing" : "new",
      roundId: roundOfYear?.id ?? "",
      roundTitle: letterDocumentNb.roundTitle,
      importedFrom: recognition.importedFrom,
    },
  });
  const { register, handleSubmit, setError, getValues, setValue, control, formState } = methods;
  const errors = formState.errors;
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [suggestionsApplied, setSuggestionsApplied] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const note = (field: ImportField) => (r.notes[field] ? t.notes[r.notes[field]!] : undefined);
  const flagged = (Object.keys(r.notes) as ImportField[]).map((f) => t.fieldNames[f]);
  const fieldNotes: LetterFieldNotes = {
    date: note("date"), deadline: note("deadline"), department: note("department"), caseworker: note("caseworker"),
    signatories: note("signatories"), body: note("body"),
  };
  const roundChoice = useWatch({ control, name: "roundChoice" });
  const suggestions = r.suspectWords.filter((w) => w.suggestion);

  const onSubmit = handleSubmit(() => {
    setMessage(null);
    startTransition(async () => {
      const result = await save(getValues());
      if (result.ok && result.data) {
        router.push(`/runder/${result.data.roundId}`);
        return;
      }
      if (!result.ok) {
        applyServerErrors(setError, result.fieldErrors);
        setMessage(result.message);
      }
    });
  });

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-6" aria-labelledby="steg-2">
        <Heading level={2} data-size="sm" id="steg-2" ref={headingRef} tabIndex={-1}>
          {page.heading}
        </Heading>
        <Alert data-color={flagged.length ? "warning" : "info"}>
          <Paragraph>
            {page.filledFrom(recognition.importedFrom !== "text")}
            {flagged.length > 0 && page.flagged(flagged.join(", "))}
          </Paragraph>
          <Paragraph>{page.savedAsSent}</Paragraph>
        </Alert>
        {message && (
          <Alert data-color="danger" role="alert">
            {message}
          </Alert>
        )}
        <Field>
          <Label>{page.agency}</Label>
          {note("agency") && <Field.Description>{note("agency")}</Field.Description>}
          <Select aria-invalid={errors.agencyId ? true : undefined} {...register("agencyId")}>
            <Select.Option value="">{page.chooseAgency}</Select.Option>
            {agencies.map((a) => (
              <Select.Option key={a.id} value={a.id}>
                {a.name}
              </Select.Option>
            ))}
          </Select>
          {errors.agencyId && <ValidationMessage>{errors.agencyId.message}</ValidationMessage>}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Textfield label={letter.ourRef} description={note("ourRef")} error={errors.ourRef?.message} autoComplete="off" {...register("ourRef")} />
          <Textfield label={letter.yourRef} description={note("yourRef")} error={errors.yourRef?.message} autoComplete="off" {...register("yourRef")} />
        </div>
        <Textfield label={letter.title} description={note("title")} error={errors.title?.message} {...register("title")} />
        <Textfield label={letter.number} description={note("number") ?? letter.numberDescription} error={errors.number?.message} {...register("number")} />
        <LetterFields bodyLabel={letter.body} notes={fieldNotes} />
        {r.suspectWords.length > 0 && (
          <div className="flex flex-col gap-2">
            <Paragraph>
              {page.suspectWords(r.suspectWords.map((w) => (w.suggestion ? `«${w.scanned}» (${w.suggestion}?)` : `«${w.scanned}»`)).join(", "))}
            </Paragraph>
            {suggestions.length > 0 && (
              <div>
                <Button
                  type="button"
                  variant="secondary"
                  disabled={suggestionsApplied}
                  onClick={() => {
                    setValue("body", applySuggestions(getValues("body"), suggestions), { shouldDirty: true });
                    setSuggestionsApplied(true);
                  }}
                >
                  {page.applySuggestions}
                </Button>
                <span role="status" className="ml-4">
                  {suggestionsApplied ? page.suggestionsApplied : ""}
                </span>
              </div>
            )}
          </div>
        )}
        <Fieldset>
          <Fieldset.Legend>{page.roundLegend}</Fieldset.Legend>
          <Fieldset.Description>{page.roundDescription}</Fieldset.Description>
          <Radio label={page.existingRound} value="existing" disabled={rounds.length === 0} {...register("roundChoice")} />
          <Radio label={page.newRound} value="new" {...register("roundChoice")} />
        </Fieldset>
        {roundChoice === "existing" ? (
          <Field>
            <Label>{page.round}</Label>
            <Select aria-invalid={errors.roundId ? true : undefined} {...register("roundId")}>
              <Select.Option value="">{page.chooseRound}</Select.Option>
              {rounds.map((x) => (
                <Select.Option key={x.id} value={x.id}>
                  {x.title} ({x.year})
                </Select.Option>
              ))}
            </Select>
            {errors.roundId && <ValidationMessage>{errors.roundId.message}</ValidationMessage>}
          </Field>
        ) : (
          <Textfield
            label={page.newRoundTitle}
            description={r.date ? page.newRoundYear(r.date.slice(0, 4), formatLongDate(new Date(`${r.date}T00:00:00Z`), locale)) : page.newRoundYearUnknown}
            error={errors.roundTitle?.message}
            {...register("roundTitle")}
          />
        )}
        <div className="flex flex-wrap gap-4">
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? page.saving : page.save}
          </Button>
          <Button type="button" variant="tertiary" onClick={onRestart}>
            {page.restart}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
