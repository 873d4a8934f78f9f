"use client";

import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@digdir/designsystemet-react";
import { ChoiceSelect } from "@/components/admin/choice-select";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { moveAgencySchema } from "@/lib/domain/admin-schemas";

type Values = { agencyId: string; ministryId: string };

/** Moves the agency to another ministry, after a confirmation that says what goes along. */
export function MoveAgencyForm({
  agency,
  ministries,
  draftLetters,
  action,
}: {
  agency: { id: string; name: string; parentId: string | null };
  ministries: { id: string; name: string }[];
  draftLetters: number;
  action: (input: unknown) => Promise<ActionResult<unknown>>;
}) {
  const form = useForm<Values>({ resolver: zodResolver(moveAgencySchema) as never, defaultValues: { agencyId: agency.id, ministryId: "" } });
  const confirmThenRun = async (values: Values) => {
    const to = ministries.find((m) => m.id === values.ministryId)?.name ?? "";
    const drafts = draftLetters ? ` ${draftLetters} brevutkast til virksomheten som ikke er sendt, blir slettet.` : "";
    if (!window.confirm(`Flytte ${agency.name} til ${to}? Departementet ditt mister tilgangen til virksomheten.${drafts}`)) {
      return { ok: false as const, message: "Ikke flyttet." };
    }
    return action(values);
  };
  // After the move the agency is no longer this administrator's: the message stays, with the way back.
  const { status, pending, onSubmit } = useActionSubmit(form, confirmThenRun);
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label={`Flytt ${agency.name} til et annet departement`}>
      <ChoiceSelect
        label="Nytt departement"
        placeholder="Velg departement"
        error={e.ministryId?.message}
        options={ministries.filter((m) => m.id !== agency.parentId).map((m) => ({ value: m.id, label: m.name }))}
        registration={form.register("ministryId")}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={pending || status?.kind === "success"} aria-busy={pending}>
          {pending ? "Flytter …" : "Flytt virksomheten"}
        </Button>
      </div>
      <FormStatusAlert status={status} />
      {status?.kind === "success" && <Link href="/admin/virksomheter">Tilbake til virksomhetene</Link>}
    </form>
  );
}
