"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button, Field, Label, Select, ValidationMessage } from "@digdir/designsystemet-react";
import { rolesFor, type OrganisationOption } from "@/components/admin/invite-form";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import type { Role } from "@/lib/access/grants";
import { userAccessSchema } from "@/lib/domain/admin-schemas";
import { nb } from "@/lib/i18n/nb";

type Values = { userId: string; role: Role | ""; organisationId: string };

/** Changes a user's role or organisation; the user is signed out everywhere. */
export function UserAccessForm({
  user,
  organisations,
  action,
}: {
  user: { id: string; name: string; role: Role; organisationId: string };
  organisations: OrganisationOption[];
  action: (input: unknown) => Promise<ActionResult>;
}) {
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof userAccessSchema>>({
    resolver: zodResolver(userAccessSchema) as never,
    defaultValues: { userId: user.id, role: user.role, organisationId: user.organisationId },
  });
  const { status, pending, onSubmit } = useActionSubmit(form, action, () => router.refresh());
  const e = form.formState.errors;
  const roles = rolesFor(organisations, form.watch("organisationId"));
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label={`Endre rolle eller virksomhet for ${user.name}`}>
      <Field>
        <Label>Virksomhet</Label>
        <Select
          aria-invalid={e.organisationId ? true : undefined}
          {...form.register("organisationId", {
            onChange: (ev: { target: { value: string } }) => {
              if (!rolesFor(organisations, ev.target.value).includes(form.getValues("role") as Role)) form.setValue("role", "");
            },
          })}
        >
          {organisations.map((o) => (
            <Select.Option key={o.id} value={o.id}>
              {o.name}
            </Select.Option>
          ))}
        </Select>
        {e.organisationId?.message && <ValidationMessage>{e.organisationId.message}</ValidationMessage>}
      </Field>
      <Field>
        <Label>Rolle</Label>
        <Select aria-invalid={e.role ? true : undefined} {...form.register("role")}>
          <Select.Option value="">Velg rolle</Select.Option>
          {roles.map((r) => (
            <Select.Option key={r} value={r}>
              {nb.roles[r]}
            </Select.Option>
          ))}
        </Select>
        {e.role?.message && <ValidationMessage>{e.role.message}</ValidationMessage>}
      </Field>
      <p className="text-sm">Brukeren blir logget ut av Dugnad overalt når du lagrer, og får den nye tilgangen ved neste innlogging.</p>
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Lagrer …" : "Lagre rolle og virksomhet"}
        </Button>
      </div>
      <FormStatusAlert status={status} />
    </form>
  );
}
