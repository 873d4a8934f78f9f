"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ds/primitives";
import { ChoiceSelect } from "@/components/admin/choice-select";
import { rolesFor, type OrganisationOption } from "@/components/admin/invite-form";
import { useTexts } from "@/components/i18n/locale-provider";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import type { Role } from "@/lib/access/grants";
import { userAccessSchema } from "@/lib/domain/admin-schemas";
import { adminUiTexts } from "@/lib/i18n/admin";
import { commonTexts } from "@/lib/i18n/common";

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
  const ui = useTexts(adminUiTexts);
  const roleNames = useTexts(commonTexts).roles;
  const form = useForm<Values, unknown, z.output<typeof userAccessSchema>>({
    resolver: zodResolver(userAccessSchema) as never,
    defaultValues: { userId: user.id, role: user.role, organisationId: user.organisationId },
  });
  const { status, pending, onSubmit } = useActionSubmit(form, action, () => router.refresh());
  const e = form.formState.errors;
  const organisationId = useWatch({ control: form.control, name: "organisationId" });
  const roles = rolesFor(organisations, organisationId);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label={ui.access.label(user.name)}>
      <ChoiceSelect
        label={ui.common.organisation}
        error={e.organisationId?.message}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        registration={form.register("organisationId", {
          onChange: (ev: { target: { value: string } }) => {
            if (!rolesFor(organisations, ev.target.value).includes(form.getValues("role") as Role)) form.setValue("role", "");
          },
        })}
      />
      <ChoiceSelect label={ui.common.role} placeholder={ui.common.chooseRole} error={e.role?.message} options={roles.map((r) => ({ value: r, label: roleNames[r] }))} registration={form.register("role")} />
      <p className="text-sm">{ui.access.signedOutNote}</p>
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? ui.common.saving : ui.access.save}
        </Button>
      </div>
      <FormStatusAlert status={status} />
    </form>
  );
}
