"use client";

import { useState, useTransition } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { Alert } from "@digdir/designsystemet-react";
import type { ActionResult } from "@/lib/auth/action";
import { applyServerErrors } from "@/components/ui/form-errors";

export type FormStatus = { kind: "success" | "danger"; text: string } | null;

/**
 * Submit handler for a react-hook-form form backed by one server action: validates on the client,
 * sends the values, puts the server's field errors next to the fields and keeps a status message.
 */
export function useActionSubmit<T extends FieldValues, O>(
  form: UseFormReturn<T, unknown, O>,
  action: (values: T) => Promise<ActionResult<unknown>>,
  onSuccess?: () => void,
) {
  const [status, setStatus] = useState<FormStatus>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = form.handleSubmit(() => {
    setStatus(null);
    startTransition(async () => {
      const result = await action(form.getValues());
      if (result.ok) {
        setStatus({ kind: "success", text: result.message ?? "Lagret." });
        onSuccess?.();
      } else {
        applyServerErrors(form.setError, result.fieldErrors);
        setStatus({ kind: "danger", text: result.message });
      }
    });
  });
  return { status, pending, onSubmit };
}

/** The outcome of the last submit, announced to screen readers. */
export function FormStatusAlert({ status }: { status: FormStatus }) {
  if (!status) return null;
  return (
    <Alert data-color={status.kind} role={status.kind === "danger" ? "alert" : "status"}>
      {status.text}
    </Alert>
  );
}
