"use client";

import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert, Button } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import type { ActionResult } from "@/lib/auth/action";
import { useTexts } from "@/components/i18n/locale-provider";
import { authTexts } from "@/lib/i18n/auth";
import { useCallAction } from "@/components/ui/call-action";

interface Values {
  email: string;
  password: string;
}

interface Props {
  next: string;
  /** The page's server action: signs in, and redirects on success. */
  login: (input: Values & { next: string }) => Promise<ActionResult>;
}

export function LoginForm({ next, login }: Props) {
  const t = useTexts(authTexts);
  const { register, handleSubmit, formState } = useForm<Values>({ defaultValues: { email: "", password: "" } });
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const call = useCallAction();

  const onSubmit = handleSubmit((values) => {
    setMessage(null);
    startTransition(async () => {
      const result = await call(() => login({ ...values, next }));
      if (!result.ok) setMessage(result.message);
    });
  });

  // method="post": a click before the script has loaded must not put the password in the address.
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {message && (
        <Alert data-color="danger" role="alert">
          {message}
        </Alert>
      )}
      <Textfield
        label={t.email}
        type="email"
        autoComplete="username"
        error={formState.errors.email?.message}
        {...register("email", { required: t.emailRequired })}
      />
      <Textfield
        label={t.password}
        type="password"
        autoComplete="current-password"
        error={formState.errors.password?.message}
        {...register("password", { required: t.passwordRequired })}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t.signingIn : t.signIn}
      </Button>
    </form>
  );
}
