"use client";

import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button, Textfield } from "@digdir/designsystemet-react";
import type { ActionResult } from "@/lib/auth/action";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import { setPasswordSchema } from "@/lib/domain/schemas";

interface Values {
  password: string;
  repeat: string;
}

interface Props {
  /** The account's address: the browser's password manager saves the password for it. */
  email: string;
  save: (values: Values) => Promise<ActionResult>;
}

export function SetPasswordForm({ email, save }: Props) {
  const schema = useMemo(() => setPasswordSchema(email), [email]);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { password: "", repeat: "" },
  });
  const { status, pending, onSubmit } = useActionSubmit(form, save);
  const e = form.formState.errors;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormStatusAlert status={status} />
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <Textfield
        label="Nytt passord"
        description="Minst 12 tegn. En setning av flere ord er lett å huske og vanskelig å gjette."
        type="password"
        autoComplete="new-password"
        error={e.password?.message}
        {...form.register("password")}
      />
      <Textfield label="Skriv passordet en gang til" type="password" autoComplete="new-password" error={e.repeat?.message} {...form.register("repeat")} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          Lagre passordet
        </Button>
      </div>
    </form>
  );
}
