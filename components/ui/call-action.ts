"use client";

import { unstable_rethrow } from "next/navigation";
import { useCallback } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { useTexts } from "@/components/i18n/locale-provider";
import { outageTexts } from "@/lib/i18n/outage";

/**
 * Runs a server action and turns a call that throws (no network, the server's 503 while the
 * database is down: lib/ops/database-watch.ts) into a result with the outage message, so the form
 * keeps what the user typed and says what happened, instead of giving way to the error page.
 * Next's redirect() and notFound() pass through.
 */
export async function callAction<R>(call: () => Promise<ActionResult<R>>, unavailableMessage: string): Promise<ActionResult<R>> {
  try {
    return await call();
  } catch (error) {
    unstable_rethrow(error);
    return { ok: false, message: unavailableMessage, code: "unavailable" };
  }
}

/** `callAction` with the outage message in the page's language. */
export function useCallAction(): <R>(call: () => Promise<ActionResult<R>>) => Promise<ActionResult<R>> {
  const message = useTexts(outageTexts).action;
  return useCallback(<R,>(call: () => Promise<ActionResult<R>>) => callAction(call, message), [message]);
}
