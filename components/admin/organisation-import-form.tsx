"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert, Button, Heading, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { useTexts } from "@/components/i18n/locale-provider";
import { FormStatusAlert, type FormStatus } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { MAX_FILE_BYTES } from "@/lib/domain/hiring-import";
import type { OrganisationImportCheck, OrganisationImportRow } from "@/lib/domain/organisation-import";
import { adminTexts, adminUiTexts } from "@/lib/i18n/admin";
import { commonTexts } from "@/lib/i18n/common";

type Change = NonNullable<OrganisationImportRow["change"]>;

type Run = (data: FormData) => Promise<ActionResult<OrganisationImportCheck>>;

/** Upload, dry run (every row's problem listed), then all rows at once. */
export function OrganisationImportForm({ check: checkAction, apply: applyAction }: { check: Run; apply: Run }) {
  const router = useRouter();
  const t = useTexts(adminTexts);
  const ui = useTexts(adminUiTexts);
  const u = ui.import;
  const unexpected = useTexts(commonTexts).errors.unexpected;
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<OrganisationImportCheck | null>(null);
  const [status, setStatus] = useState<FormStatus>(null);
  const [pending, startTransition] = useTransition();

  const run = (mode: "check" | "apply") => {
    setStatus(null);
    setFileError(null);
    if (!file) return setFileError(t.orgImport.chooseFile);
    if (file.size > MAX_FILE_BYTES) return setFileError(t.orgImport.tooLarge);
    const data = new FormData();
    data.set("file", file);
    startTransition(async () => {
      let r: ActionResult<OrganisationImportCheck>;
      try {
        r = await (mode === "check" ? checkAction(data) : applyAction(data));
      } catch {
        setStatus({ kind: "danger", text: unexpected });
        return;
      }
      if (!r.ok) {
        setFileError(r.fieldErrors?.file?.[0] ?? null);
        setStatus({ kind: "danger", text: r.message });
        setResult((r.data as OrganisationImportCheck | undefined) ?? null);
        return;
      }
      if (mode === "check") {
        const c = r.data!;
        setResult(c);
        const changes = c.rows.filter((x) => x.change === "new" || x.change === "update").length;
        setStatus(
          c.ok
            ? { kind: "success", text: u.fileOk(changes) }
            : { kind: "danger", text: u.fileHasErrors },
        );
      } else {
        setResult(null);
        setStatus({ kind: "success", text: r.message ?? u.loaded });
        router.refresh();
      }
    });
  };

  const changes = result?.rows.filter((x) => x.change === "new" || x.change === "update").length ?? 0;
  const problems = result?.rows.filter((x) => x.problems.length).length ?? 0;
  return (
    <div className="flex flex-col gap-6">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          run("check");
        }}
        noValidate
        className="flex max-w-xl flex-col gap-4"
        aria-label={u.formLabel}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="file" className="font-medium">
            {u.file}
          </label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "file-error" : undefined}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setResult(null);
            }}
          />
          {fileError && (
            <p id="file-error" className="text-[var(--ds-color-danger-text-default)]">
              {fileError}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-4">
          <Button type="submit" variant="secondary" disabled={pending}>
            {u.check}
          </Button>
          {result?.ok && changes > 0 && (
            <Button type="button" onClick={() => run("apply")} disabled={pending}>
              {u.save(changes)}
            </Button>
          )}
        </div>
      </form>
      <FormStatusAlert status={status} />
      {result && result.fileProblems.length > 0 && (
        <Alert data-color="danger">
          <ul>
            {result.fileProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      {result && result.rows.length > 0 && (
        <section aria-labelledby="kontroll" className="flex flex-col gap-2">
          <Heading level={2} data-size="sm" id="kontroll">
            {u.rowsHeading(problems)}
          </Heading>
          <Table zebra>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{u.line}</TableHeaderCell>
                <TableHeaderCell>{ui.agencies.orgNumber}</TableHeaderCell>
                <TableHeaderCell>{ui.common.organisation}</TableHeaderCell>
                <TableHeaderCell>{u.change}</TableHeaderCell>
                <TableHeaderCell>{u.problems}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.rows.map((r) => (
                <TableRow key={r.line}>
                  <TableCell>{r.line}</TableCell>
                  <TableCell>{r.orgNumber || "–"}</TableCell>
                  <TableCell>{r.name || "–"}</TableCell>
                  <TableCell>{r.change ? u.changes[r.change as Change] : "–"}</TableCell>
                  <TableCell>{r.problems.length ? <ul>{r.problems.map((p) => <li key={p}>{p}</li>)}</ul> : u.none}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </div>
  );
}
