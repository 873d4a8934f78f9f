"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert, Button } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { useTexts } from "@/components/i18n/locale-provider";
import type { ActionResult } from "@/lib/auth/action";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import { planTexts } from "@/lib/i18n/plan-nb";
import { planFormTexts } from "@/lib/i18n/plans";
import { useCallAction } from "@/components/ui/call-action";

type Element = (typeof PLAN_ELEMENTS)[number];

interface Review {
  planId: string;
  versionNumber: number;
  decision: "approve" | "requestChanges";
  message: string;
  comments: { element: Element; body: string }[];
}

/** The adviser's review: a comment per element, a message, then approve or ask for changes. */
export function ReviewForm({ planId, versionNumber, review }: { planId: string; versionNumber: number; review: (input: Review) => Promise<ActionResult> }) {
  const router = useRouter();
  const t = useTexts(planFormTexts).review;
  const elements = useTexts(planTexts).elements;
  const [comments, setComments] = useState<Record<Element, string>>(
    Object.fromEntries(PLAN_ELEMENTS.map((k) => [k, ""])) as Record<Element, string>,
  );
  const [message, setMessage] = useState("");
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const call = useCallAction();

  const submit = (decision: "approve" | "requestChanges") => {
    setStatus(null);
    setErrors({});
    startTransition(async () => {
      const result = await call(() =>
        review({
          planId,
          versionNumber,
          decision,
          message,
          comments: PLAN_ELEMENTS.map((element) => ({ element, body: comments[element] })),
        }),
      );
      if (result.ok) {
        router.push(`/planer/${planId}`);
        router.refresh();
        return;
      }
      setErrors(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, v?.[0]])));
      setStatus(result.message);
    });
  };

  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="flex flex-col gap-6">
      {status && (
        <Alert data-color="danger" role="alert">
          {status}
        </Alert>
      )}
      {PLAN_ELEMENTS.map((k) => (
        <Textfield
          key={k}
          label={t.elementComment(elements[k])}
          multiline
          rows={3}
          value={comments[k]}
          error={errors[`comments.${PLAN_ELEMENTS.indexOf(k)}.body`]}
          onChange={(e) => setComments((c) => ({ ...c, [k]: e.target.value }))}
        />
      ))}
      <Textfield
        label={t.message}
        description={t.messageDescription}
        multiline
        rows={4}
        value={message}
        error={errors.message}
        onChange={(e) => setMessage(e.target.value)}
      />
      <div className="flex flex-wrap gap-4">
        <Button type="button" onClick={() => submit("approve")} disabled={pending}>
          {t.approve}
        </Button>
        <Button type="button" variant="secondary" onClick={() => submit("requestChanges")} disabled={pending}>
          {t.requestChanges}
        </Button>
      </div>
    </form>
  );
}
