"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { useTexts } from "@/components/i18n/locale-provider";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { organisationSchema, organisationUpdateSchema } from "@/lib/domain/admin-schemas";
import { adminUiTexts } from "@/lib/i18n/admin";

type Values = { id?: string; name: string; shortName: string; orgNumber?: string; postalAddress: string };

/**
 * An agency's name, short name, organisation number and postal address. A new agency gets every
 * field; an existing one keeps its organisation number (shown, not editable).
 */
export function AgencyForm({
  agency,
  action,
}: {
  agency?: { id: string; name: string; shortName: string; orgNumber: string; postalAddress: string };
  action: (input: unknown) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const ui = useTexts(adminUiTexts);
  const t = ui.agencyForm;
  const empty: Values = { name: "", shortName: "", orgNumber: "", postalAddress: "" };
  const form = useForm<Values>({
    resolver: zodResolver(agency ? organisationUpdateSchema : organisationSchema) as never,
    defaultValues: agency ? { id: agency.id, name: agency.name, shortName: agency.shortName, postalAddress: agency.postalAddress } : empty,
  });
  const { status, pending, onSubmit } = useActionSubmit(form, action, () => {
    if (!agency) form.reset(empty);
    router.refresh();
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label={agency ? t.edit(agency.name) : t.add}>
      <Textfield label={ui.common.name} autoComplete="off" error={e.name?.message} {...form.register("name")} />
      <Textfield label={ui.agencies.shortName} description={t.shortNameHelp} autoComplete="off" error={e.shortName?.message} {...form.register("shortName")} />
      {agency ? (
        <p>
          <span className="font-medium">{t.orgNumberShown}</span> {agency.orgNumber}
        </p>
      ) : (
        <Textfield
          label={t.orgNumber}
          description={t.orgNumberHelp}
          inputMode="numeric"
          autoComplete="off"
          error={e.orgNumber?.message}
          {...form.register("orgNumber")}
        />
      )}
      <Textfield
        label={t.postalAddress}
        description={t.postalAddressHelp}
        multiline
        rows={3}
        error={e.postalAddress?.message}
        {...form.register("postalAddress")}
      />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? ui.common.saving : agency ? t.saveChanges : t.addSubmit}
        </Button>
      </div>
      <FormStatusAlert status={status} />
    </form>
  );
}
