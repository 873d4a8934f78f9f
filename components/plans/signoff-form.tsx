"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert, Button } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { useTexts } from "@/components/i18n/locale-provider";
import type { ActionResult } from "@/lib/auth/action";
import { planFormTexts } from "@/lib/i18n/plans";
import { useCallAction } from "@/components/ui/call-action";

interface Decision {
  planId: string;
  version: number;
  decision: "approve" | "return";
  comment: string;
}

/**
 * The agency leader's sign-off of the draft they read (issue 13): approve it for submission, or
 * send it back to HR with a comment. The draft's version goes with it: a draft changed since is refused.
 */
export function SignoffForm({ planId, version, decide }: { planId: string; version: number; decide: (input: Decision) => Promise<ActionResult> }) {
  const router = useRouter();
  const t = useTexts(planFormTexts).signoff;
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const call = useCallAction();

  const submit = (decision: Decision["decision"]) => {
    setError(undefined);
    setResult(null);
    startTransition(async () => {
      const r = await call(() => decide({ planId, version, decision, comment }));
      setResult(r);
      if (r.ok) {
        router.refresh();
        return;
      }
      setError(r.fieldErrors?.comment?.[0]);
    });
  };

  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="flex flex-col gap-4">
      {result && (
        <Alert data-color={result.ok ? "success" : "danger"} role={result.ok ? "status" : "alert"}>
          {result.message}
        </Alert>
      )}
      <Textfield
        label={t.comment}
        description={t.commentDescription}
        multiline
        rows={3}
        value={comment}
        error={error}
        onChange={(e) => setComment(e.target.value)}
      />
      <div className="flex flex-wrap gap-4">
        <Button type="button" onClick={() => submit("approve")} disabled={pending} aria-busy={pending}>
          {t.approve}
        </Button>
        <Button type="button" variant="secondary" onClick={() => submit("return")} disabled={pending}>
          {t.return}
        </Button>
      </div>
    </form>
  );
}
