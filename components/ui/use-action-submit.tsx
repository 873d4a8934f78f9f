"use client";

import { useState, useTransition } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { Alert } from "@/components/ds/primitives";
import type { ActionResult } from "@/lib/auth/action";
import { applyServerErrors } from "@/components/ui/form-errors";
import { useTexts } from "@/components/i18n/locale-provider";
import { shellTexts } from "@/lib/i18n/shell";
import { useCallAction } from "@/components/ui/call-action";

export type FormStatus = { kind: "success" | "danger"; text: string } | null;

/**
 * Submit handler for a react-hook-form form backed by one server action: validates on the client,
 * sends the values, puts the server's field errors next to the fields and keeps a status message.
 * A refused stale save (code "conflict") keeps what the user typed and hands the newer record to
 * the form in `conflict`, for the user to choose; `onSuccess` gets the action's data.
 */
export function useActionSubmit<T extends FieldValues, O, D = unknown>(
  form: UseFormReturn<T, unknown, O>,
  action: (values: T) => Promise<ActionResult<D>>,
  onSuccess?: (data: D | undefined) => void,
) {
  const [status, setStatus] = useState<FormStatus>(null);
  const [conflict, setConflict] = useState<unknown>(null);
  const [pending, startTransition] = useTransition();
  const call = useCallAction();
  const savedText = useTexts(shellTexts).saved;
  const onSubmit = form.handleSubmit(() => {
    setStatus(null);
    startTransition(async () => {
      const result = await call(() => action(form.getValues()));
      if (result.ok) {
        setConflict(null);
        setStatus({ kind: "success", text: result.message ?? savedText });
        onSuccess?.(result.data);
      } else {
        applyServerErrors(form.setError, result.fieldErrors);
        setConflict(result.code === "conflict" && result.data ? result.data : null);
        setStatus({ kind: "danger", text: result.message });
      }
    });
  });
  const clearConflict = () => {
    setConflict(null);
    setStatus(null);
  };
  return { status, pending, onSubmit, conflict, clearConflict };
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
