"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@digdir/designsystemet-react";
import { ChoiceSelect } from "@/components/admin/choice-select";
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
  const organisationId = useWatch({ control: form.control, name: "organisationId" });
  const roles = rolesFor(organisations, organisationId);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label={`Endre rolle eller virksomhet for ${user.name}`}>
      <ChoiceSelect
        label="Virksomhet"
        error={e.organisationId?.message}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        registration={form.register("organisationId", {
          onChange: (ev: { target: { value: string } }) => {
            if (!rolesFor(organisations, ev.target.value).includes(form.getValues("role") as Role)) form.setValue("role", "");
          },
        })}
      />
      <ChoiceSelect label="Rolle" placeholder="Velg rolle" error={e.role?.message} options={roles.map((r) => ({ value: r, label: nb.roles[r] }))} registration={form.register("role")} />
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
