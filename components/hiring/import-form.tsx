"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert, Button, Heading, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { applyServerErrors } from "@/components/ui/form-errors";
import { FormStatusAlert, type FormStatus } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { MAX_FILE_BYTES, type ImportCheck, type ImportRow } from "@/lib/domain/hiring-import";
import { useTexts } from "@/components/i18n/locale-provider";
import { commonTexts } from "@/lib/i18n/common";
import { hiringTexts } from "@/lib/i18n/figures";

type Values = { year: string; file: FileList | null };

type ImportResult = ActionResult<ImportCheck | { created: number; replaced: number }>;

interface Props {
  defaultYear: number;
  /** The dry run: every row checked, nothing saved. */
  check: (data: FormData) => Promise<ActionResult<ImportCheck>>;
  /** The import of all rows at once (or none, with the check when the file has problems). */
  apply: (data: FormData) => Promise<ImportResult>;
}

/** Upload, dry run (every row's problem listed), then the import of all rows at once. */
export function ImportForm({ defaultYear, check: checkAction, apply: applyAction }: Props) {
  const router = useRouter();
  const t = useTexts(hiringTexts).importForm;
  const common = useTexts(commonTexts);
  const changeText: Record<NonNullable<ImportRow["change"]>, string> = { new: t.changeNew, replace: t.changeReplace };
  const form = useForm<Values>({ defaultValues: { year: String(defaultYear), file: null } });
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [status, setStatus] = useState<FormStatus>(null);
  const [pending, startTransition] = useTransition();
  const e = form.formState.errors;

  const run = (mode: "check" | "apply") =>
    form.handleSubmit((values) => {
      setStatus(null);
      const data = new FormData();
      data.set("year", values.year);
      const file = values.file?.[0];
      // Checked here too: a file over the server's limit never reaches the action's own check.
      if (file && file.size > MAX_FILE_BYTES) {
        form.setError("file", { message: common.hiringImport.tooLarge });
        return;
      }
      if (file) data.set("file", file);
      startTransition(async () => {
        let result: ImportResult;
        try {
          result = await (mode === "check" ? checkAction(data) : applyAction(data));
        } catch {
          setStatus({ kind: "danger", text: common.errors.unexpected });
          return;
        }
        if (!result.ok) {
          applyServerErrors(form.setError, result.fieldErrors);
          setStatus({ kind: "danger", text: result.message });
          setCheck((result.data as ImportCheck | undefined) ?? null);
          return;
        }
        if (mode === "check") {
          const c = result.data as ImportCheck;
          setCheck(c);
          setStatus(
            c.ok
              ? { kind: "success", text: t.fileOk(c.rows.length) }
              : { kind: "danger", text: t.fileHasErrors },
          );
        } else {
          setCheck(null);
          setStatus({ kind: "success", text: result.message ?? t.imported });
          router.refresh();
        }
      });
    });

  const problems = check ? check.rows.filter((r) => r.problems.length) : [];
  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={run("check")} noValidate className="flex max-w-xl flex-col gap-4">
        <Textfield label={t.year} type="text" inputMode="numeric" autoComplete="off" error={e.year?.message} {...form.register("year", { onChange: () => setCheck(null) })} />
        <div className="flex flex-col gap-1">
          <label htmlFor="file" className="font-medium">
            {t.file}
          </label>
          <input
            id="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={e.file ? true : undefined}
            aria-describedby={e.file ? "file-error" : undefined}
            {...form.register("file", { onChange: () => setCheck(null) })}
          />
          {e.file?.message && (
            <p id="file-error" className="text-[var(--ds-color-danger-text-default)]">
              {e.file.message}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-4">
          <Button type="submit" variant="secondary" disabled={pending}>
            {t.check}
          </Button>
          {check?.ok && (
            <Button type="button" onClick={run("apply")} disabled={pending}>
              {t.importRows(check.rows.length)}
            </Button>
          )}
        </div>
      </form>
      <FormStatusAlert status={status} />
      {check && check.fileProblems.length > 0 && (
        <Alert data-color="danger">
          <ul>
            {check.fileProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      {check && check.rows.length > 0 && (
        <section aria-labelledby="kontroll" className="flex flex-col gap-2">
          <Heading level={2} data-size="sm" id="kontroll">
            {t.rowsHeading(problems.length)}
          </Heading>
          <Table zebra>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t.line}</TableHeaderCell>
                <TableHeaderCell>{t.agency}</TableHeaderCell>
                <TableHeaderCell>{t.change}</TableHeaderCell>
                <TableHeaderCell>{t.problems}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {check.rows.map((r) => (
                <TableRow key={r.line}>
                  <TableCell>{r.line}</TableCell>
                  <TableCell>{r.agencyName || r.orgNumber || "–"}</TableCell>
                  <TableCell>{r.change ? changeText[r.change] : "–"}</TableCell>
                  <TableCell>{r.problems.length ? <ul>{r.problems.map((p) => <li key={p}>{p}</li>)}</ul> : t.noProblems}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </div>
  );
}
