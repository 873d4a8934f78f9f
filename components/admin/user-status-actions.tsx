"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert, Button } from "@/components/ds/primitives";
import { InvitationLink } from "@/components/admin/invitation-link";
import { useTexts } from "@/components/i18n/locale-provider";
import { adminUiTexts } from "@/lib/i18n/admin";
import type { ActionResult } from "@/lib/auth/action";
import { useCallAction } from "@/components/ui/call-action";

type Invitation = { name: string; email: string; path: string; expiresAt: string };
type Run = (input: unknown) => Promise<ActionResult<unknown>>;

/** Deactivate or reactivate a user, or make a new invitation link; the outcome is announced. */
export function UserStatusActions({
  user,
  deactivate,
  reactivate,
  renew,
}: {
  user: { id: string; name: string; deactivated: boolean; canRenew: boolean; invited: boolean; isSelf: boolean };
  deactivate: Run;
  reactivate: Run;
  renew: (input: unknown) => Promise<ActionResult<Invitation>>;
}) {
  const router = useRouter();
  const t = useTexts(adminUiTexts).statusActions;
  const [pending, startTransition] = useTransition();
  const call = useCallAction();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const run = (action: Run, confirm?: string) => {
    if (confirm && !window.confirm(confirm)) return;
    setResult(null);
    setInvitation(null);
    startTransition(async () => {
      const r = await call(() => action({ userId: user.id }));
      setResult(r);
      if (r.ok) {
        if (r.data && typeof r.data === "object" && "path" in r.data) setInvitation(r.data as Invitation);
        router.refresh();
      }
    });
  };
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-4">
        {user.deactivated ? (
          <Button type="button" onClick={() => run(reactivate)} disabled={pending} aria-busy={pending}>
            {t.reactivate}
          </Button>
        ) : (
          !user.isSelf && (
            <Button
              type="button"
              variant="secondary"
              data-color="danger"
              onClick={() => run(deactivate, t.confirmDeactivate(user.name))}
              disabled={pending}
              aria-busy={pending}
            >
              {t.deactivate}
            </Button>
          )
        )}
        {user.canRenew && (
          <Button type="button" variant="secondary" onClick={() => run(renew as Run)} disabled={pending} aria-busy={pending}>
            {user.invited ? t.newInvitation : t.newPasswordLink}
          </Button>
        )}
      </div>
      {result && (
        <Alert data-color={result.ok ? "success" : "danger"} role={result.ok ? "status" : "alert"}>
          {result.message}
        </Alert>
      )}
      {invitation && <InvitationLink {...invitation} />}
    </div>
  );
}
