"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf, type ActionResult } from "@/lib/auth/action";
import { isExpectedError } from "@/lib/data/errors";
import { setPasswordLinkFor, setPasswordWithLink } from "@/lib/data/passwords";
import { setPasswordSchema } from "@/lib/domain/schemas";
import { INVITATION_SECRET } from "@/lib/domain/sso-identity";
import { common } from "@/lib/i18n/common";
import { inRequestLocale } from "@/lib/i18n/server";
import { logError } from "@/lib/log";

const inputSchema = z.object({ password: z.string(), repeat: z.string() });

/** Sets the password through a one-time link (no session: the link's secret is the credential), then on to sign-in. */
export async function setPasswordAction(secret: unknown, input: unknown): Promise<ActionResult> {
  // In the request's language: the schema's and the data layer's messages follow it.
  return inRequestLocale(() => setPassword(secret, input));
}

async function setPassword(secret: unknown, input: unknown): Promise<ActionResult> {
  const parsed = inputSchema.safeParse(input);
  if (typeof secret !== "string" || !INVITATION_SECRET.test(secret) || !parsed.success) return { ok: false, message: common().setPassword.linkUnusable };
  const link = await setPasswordLinkFor(secret);
  if (!link) return { ok: false, message: common().setPassword.linkUnusable, code: "conflict" };
  const checked = setPasswordSchema(link.email).safeParse(parsed.data);
  if (!checked.success) return { ok: false, message: common().errors.invalidForm, fieldErrors: fieldErrorsOf(checked.error) };
  try {
    await setPasswordWithLink(secret, checked.data.password);
  } catch (error) {
    if (isExpectedError(error)) return { ok: false, message: error.message, code: error.code };
    logError("setting a password failed", error);
    return { ok: false, message: common().errors.unexpected };
  }
  redirect("/logg-inn?passord=lagret");
}
