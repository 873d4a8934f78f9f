"use client";

import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ds/primitives";
import { ChoiceSelect } from "@/components/admin/choice-select";
import { useTexts } from "@/components/i18n/locale-provider";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { moveAgencySchema } from "@/lib/domain/admin-schemas";
import { adminUiTexts } from "@/lib/i18n/admin";

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
  const t = useTexts(adminUiTexts).move;
  const form = useForm<Values>({ resolver: zodResolver(moveAgencySchema) as never, defaultValues: { agencyId: agency.id, ministryId: "" } });
  const confirmThenRun = async (values: Values) => {
    const to = ministries.find((m) => m.id === values.ministryId)?.name ?? "";
    if (!window.confirm(t.confirm(agency.name, to, draftLetters))) {
      return { ok: false as const, message: t.notMoved };
    }
    return action(values);
  };
  // After the move the agency is no longer this administrator's: the message stays, with the way back.
  const { status, pending, onSubmit } = useActionSubmit(form, confirmThenRun);
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label={t.label(agency.name)}>
      <ChoiceSelect
        label={t.newMinistry}
        placeholder={t.chooseMinistry}
        error={e.ministryId?.message}
        options={ministries.filter((m) => m.id !== agency.parentId).map((m) => ({ value: m.id, label: m.name }))}
        registration={form.register("ministryId")}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={pending || status?.kind === "success"} aria-busy={pending}>
          {pending ? t.moving : t.submit}
        </Button>
      </div>
      <FormStatusAlert status={status} />
      {status?.kind === "success" && <Link href="/admin/virksomheter">{t.back}</Link>}
    </form>
  );
}
