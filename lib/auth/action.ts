import "server-only";
import { z } from "zod";
import { currentActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/data/actor";
import { isExpectedError } from "@/lib/data/errors";
import { nb } from "@/lib/i18n/nb";

export type FieldErrors = Record<string, string[] | undefined>;
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; message: string; fieldErrors?: FieldErrors; code?: string; data?: unknown };

/** Zod's errors by field path ("signatories.0.name"), the shape the forms show next to each field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * The one wrapper for server actions: requires a session (a server action can be POSTed
 * directly, so the proxy is no protection), runs the action, and turns expected errors into
 * plain Norwegian while logging anything unexpected.
 */
export async function withActor<T>(run: (actor: Actor) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    const actor = await currentActor();
    if (!actor) return { ok: false, message: nb.errors.notAllowed, code: "forbidden" };
    return await run(actor);
  } catch (error) {
    if (isExpectedError(error)) {
      return { ok: false, message: error.message, fieldErrors: error.fieldErrors, code: error.code, data: error.data };
    }
    console.error("Unexpected error in server action", error);
    return { ok: false, message: nb.errors.unexpected };
  }
}
