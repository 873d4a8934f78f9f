import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { authorize, type Action, type Actor } from "@/lib/access";
import { currentActor } from "@/lib/auth/session";
import { isExpectedError } from "@/lib/data/errors";
import { common } from "@/lib/i18n/common";
import { localized } from "@/lib/i18n/current";
import { outageTexts } from "@/lib/i18n/outage";
import { inLocale, localeFor } from "@/lib/i18n/server";
import { isDatabaseUnavailable } from "@/lib/ops/database-watch";
import { logError } from "@/lib/log";

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
 * The one wrapper for server actions: requires a live session (a server action can be POSTed
 * directly, so the proxy is no protection), checks the action's permission when one is named
 * (before anything is read, e.g. an uploaded file), runs the action, and turns expected errors
 * into plain words in the person's language while logging anything unexpected (a database that
 * cannot be reached is expected: code "unavailable"). Next's redirect() and notFound() pass through.
 */
export async function withActor<T>(run: (actor: Actor) => Promise<ActionResult<T>>, permission?: Action): Promise<ActionResult<T>> {
  // The session is read once: React's request cache does not hold in a server action, so the
  // language comes from the actor read here rather than from requestLocale().
  const actor = await currentActor();
  return inLocale(await localeFor(actor), () => actorAction(actor, run, permission));
}

async function actorAction<T>(actor: Actor | null, run: (actor: Actor) => Promise<ActionResult<T>>, permission?: Action): Promise<ActionResult<T>> {
  try {
    if (!actor) return { ok: false, message: common().errors.signedOut, code: "unauthenticated" };
    if (permission) authorize(actor, permission);
    return await run(actor);
  } catch (error) {
    unstable_rethrow(error);
    if (isExpectedError(error)) {
      return { ok: false, message: error.message, fieldErrors: error.fieldErrors, code: error.code, data: error.data };
    }
    // The database went away while the action ran (the server answers 503 itself once the watch
    // has noticed): say so, with code "unavailable", so the form keeps the input and the plan
    // editor retries (lib/ops/database-watch.ts).
    if (isDatabaseUnavailable(error)) return { ok: false, message: localized(outageTexts).action, code: "unavailable" };
    logError("unexpected error in server action", error);
    return { ok: false, message: common().errors.unexpected };
  }
}

/**
 * A server action from its schema and its handler: the session and the permission are checked,
 * the input is parsed (field errors go back to the form), then the handler runs with typed input.
 */
export function defineAction<S extends z.ZodType, T = undefined>(
  schema: S,
  handler: (input: z.output<S>, actor: Actor) => Promise<ActionResult<T>>,
  permission?: Action,
): (input: unknown) => Promise<ActionResult<T>> {
  return (input) =>
    withActor(async (actor) => {
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { ok: false, message: common().errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
      return handler(parsed.data, actor);
    }, permission);
}
