"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert, Button } from "@/components/ds/primitives";
import type { ActionResult } from "@/lib/auth/action";
import { useCallAction } from "@/components/ui/call-action";

interface Props {
  action: (arg: string) => Promise<ActionResult<{ id: string } | { sent: number } | undefined>>;
  arg: string;
  label: string;
  pendingLabel: string;
  /** After success: go to this path + the returned id, else refresh the page. */
  goTo?: string;
  /** After success: go to this path (for when the button itself goes away with the change). */
  successHref?: string;
  variant?: "primary" | "secondary" | "tertiary";
  confirm?: string;
  /** Read by screen readers after the label, to tell one row's button from another's. */
  context?: string;
}

/** A button that runs one server action and shows its outcome (errors in plain words, listed). */
export function ActionButton({ action, arg, label, pendingLabel, goTo, successHref, variant = "primary", confirm, context }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const call = useCallAction();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const run = () => {
    if (confirm && !window.confirm(confirm)) return;
    setResult(null);
    startTransition(async () => {
      const r = await call(() => action(arg));
      setResult(r);
      if (r.ok) {
        const data = r.data as { id?: string } | undefined;
        if (goTo && data?.id) router.push(`${goTo}${data.id}`);
        else if (successHref) router.push(successHref);
        else router.refresh();
      }
    });
  };
  const details = result && !result.ok ? Object.values(result.fieldErrors ?? {}).flat().filter(Boolean) : [];
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button type="button" variant={variant} onClick={run} disabled={pending} aria-busy={pending}>
          {pending ? pendingLabel : label}
          {context && <span className="sr-only"> {context}</span>}
        </Button>
      </div>
      {result && (
        <Alert data-color={result.ok ? "success" : "danger"} role={result.ok ? "status" : "alert"}>
          {result.message}
          {details.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </div>
  );
}
