"use client";

import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import type { ActionResult } from "@/lib/auth/action";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import { setPasswordSchema } from "@/lib/domain/schemas";
import { useTexts } from "@/components/i18n/locale-provider";
import { authTexts } from "@/lib/i18n/auth";

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
  const t = useTexts(authTexts);
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
        label={t.newPassword}
        description={t.newPasswordHelp}
        type="password"
        autoComplete="new-password"
        error={e.password?.message}
        {...form.register("password")}
      />
      <Textfield label={t.repeatPassword} type="password" autoComplete="new-password" error={e.repeat?.message} {...form.register("repeat")} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t.savePassword}
        </Button>
      </div>
    </form>
  );
}
