"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { ChoiceSelect } from "@/components/admin/choice-select";
import { InvitationLink } from "@/components/admin/invitation-link";
import { useTexts } from "@/components/i18n/locale-provider";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { ROLES_BY_KIND, type OrganisationKind, type Role } from "@/lib/access/grants";
import { inviteSchema } from "@/lib/domain/admin-schemas";
import { adminUiTexts } from "@/lib/i18n/admin";
import { commonTexts } from "@/lib/i18n/common";

export interface OrganisationOption {
  id: string;
  name: string;
  kind: OrganisationKind;
}

type Values = { email: string; name: string; role: Role | ""; organisationId: string };
type Invitation = { name: string; email: string; path: string; expiresAt: string };

/** Roles that fit the chosen organisation (the server checks it again). */
export function rolesFor(organisations: OrganisationOption[], organisationId: string): readonly Role[] {
  const kind = organisations.find((o) => o.id === organisationId)?.kind;
  return kind ? ROLES_BY_KIND[kind] : [];
}

/** The invitation: e-mail, name, organisation and role; then the one-time link to pass on. */
export function InviteForm({ organisations, action }: { organisations: OrganisationOption[]; action: (input: unknown) => Promise<ActionResult<Invitation>> }) {
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const ui = useTexts(adminUiTexts);
  const roleNames = useTexts(commonTexts).roles;
  const form = useForm<Values, unknown, z.output<typeof inviteSchema>>({
    resolver: zodResolver(inviteSchema) as never,
    defaultValues: { email: "", name: "", role: "", organisationId: "" },
  });
  const submit = async (values: Values) => {
    const result = await action(values);
    if (result.ok && result.data) setInvitation(result.data);
    return result;
  };
  const { status, pending, onSubmit } = useActionSubmit(form, submit, () => form.reset());
  const e = form.formState.errors;
  const organisationId = useWatch({ control: form.control, name: "organisationId" });
  const roles = rolesFor(organisations, organisationId);
  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={(ev) => { setInvitation(null); return onSubmit(ev); }} noValidate className="flex max-w-xl flex-col gap-4" aria-label={ui.invite.title}>
        <Textfield label={ui.common.email} type="email" autoComplete="off" error={e.email?.message} {...form.register("email")} />
        <Textfield label={ui.common.name} autoComplete="off" error={e.name?.message} {...form.register("name")} />
        <ChoiceSelect
          label={ui.common.organisation}
          placeholder={ui.invite.chooseOrganisation}
          error={e.organisationId?.message}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          registration={form.register("organisationId", { onChange: () => form.setValue("role", "") })}
        />
        <ChoiceSelect
          label={ui.common.role}
          placeholder={organisationId ? ui.common.chooseRole : ui.invite.chooseOrganisationFirst}
          error={e.role?.message}
          options={roles.map((r) => ({ value: r, label: roleNames[r] }))}
          registration={form.register("role")}
        />
        <div>
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? ui.invite.inviting : ui.invite.submit}
          </Button>
        </div>
      </form>
      <FormStatusAlert status={status} />
      {invitation && <InvitationLink {...invitation} />}
    </div>
  );
}
