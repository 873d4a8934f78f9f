"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert, Button, Heading, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { FormStatusAlert, type FormStatus } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { MAX_FILE_BYTES } from "@/lib/domain/hiring-import";
import type { OrganisationImportCheck, OrganisationImportRow } from "@/lib/domain/organisation-import";
import { adminText as t } from "@/lib/i18n/admin-nb";
import { nb } from "@/lib/i18n/nb";

const CHANGE_TEXT: Record<NonNullable<OrganisationImportRow["change"]>, string> = {
  new: "Ny virksomhet",
  update: "Endrer navn eller adresse",
  unchanged: "Ingen endring",
};

type Run = (data: FormData) => Promise<ActionResult<OrganisationImportCheck>>;

/** Upload, dry run (every row's problem listed), then all rows at once. */
export function OrganisationImportForm({ check: checkAction, apply: applyAction }: { check: Run; apply: Run }) {
  const router = useRouter();
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
        setStatus({ kind: "danger", text: nb.errors.unexpected });
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
            ? { kind: "success", text: `Filen er i orden: ${changes} ${changes === 1 ? "virksomhet" : "virksomheter"} blir lagt til eller endret. Ingenting er lagret ennå.` }
            : { kind: "danger", text: "Filen har feil. Ingenting er lagret. Rett filen og kontroller den på nytt." },
        );
      } else {
        setResult(null);
        setStatus({ kind: "success", text: r.message ?? "Lastet inn." });
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
        aria-label="Last inn virksomheter fra fil"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="file" className="font-medium">
            Fil (CSV eller Excel)
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
            Kontroller filen
          </Button>
          {result?.ok && changes > 0 && (
            <Button type="button" onClick={() => run("apply")} disabled={pending}>
              Lagre {changes} {changes === 1 ? "virksomhet" : "virksomheter"}
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
            Kontroll av radene{problems ? `: ${problems} med feil` : ""}
          </Heading>
          <Table zebra>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Linje</TableHeaderCell>
                <TableHeaderCell>Org.nr.</TableHeaderCell>
                <TableHeaderCell>Virksomhet</TableHeaderCell>
                <TableHeaderCell>Endring</TableHeaderCell>
                <TableHeaderCell>Feil</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.rows.map((r) => (
                <TableRow key={r.line}>
                  <TableCell>{r.line}</TableCell>
                  <TableCell>{r.orgNumber || "–"}</TableCell>
                  <TableCell>{r.name || "–"}</TableCell>
                  <TableCell>{r.change ? CHANGE_TEXT[r.change] : "–"}</TableCell>
                  <TableCell>{r.problems.length ? <ul>{r.problems.map((p) => <li key={p}>{p}</li>)}</ul> : "Ingen"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </div>
  );
}
