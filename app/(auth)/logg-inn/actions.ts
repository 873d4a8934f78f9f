"use server";

import { AuthError } from "next-auth";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signIn, SignInRefused } from "@/lib/auth";
import { SSO_PROVIDER_ID } from "@/lib/auth/providers";
import { rememberInvitation } from "@/lib/auth/sso";
import type { ActionResult } from "@/lib/auth/action";
import { safeLocalPath } from "@/lib/domain/paths";
import { loginSchema } from "@/lib/domain/schemas";
import { oidc, passwordSignIn } from "@/lib/env";
import { chosenLocale, rememberLocale } from "@/lib/i18n/choose-locale";
import { commonTexts } from "@/lib/i18n/common";
import { getTexts } from "@/lib/i18n/server";
import { logError } from "@/lib/log";

function refusalMessage(refusal: SignInRefused["refusal"], t: typeof commonTexts.nb): string {
  switch (refusal.kind) {
    case "wrong":
      return refusal.nextDelaySeconds > 0 ? t.login.wrongCredentialsDelayed(refusal.nextDelaySeconds) : t.login.wrongCredentials;
    case "wait":
      return t.login.tooManyFromAddress(refusal.seconds);
    case "busy":
      return t.login.busy;
    case "deactivated":
      return t.login.deactivated;
  }
}

export async function login(input: { email: string; password: string; next?: string }): Promise<ActionResult> {
  const t = await getTexts(commonTexts);
  if (!passwordSignIn) return { ok: false, message: t.login.wrongCredentials };
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t.login.wrongCredentials };
  const redirectTo = safeLocalPath(input.next);
  try {
    await signIn("credentials", { ...parsed.data, redirectTo });
    return { ok: true };
  } catch (error) {
    if (isRedirectError(error)) throw error;
    if (error instanceof SignInRefused) return { ok: false, message: refusalMessage(error.refusal, t) };
    if (error instanceof AuthError && error.type === "CredentialsSignin") return { ok: false, message: t.login.wrongCredentials };
    logError("sign-in failed unexpectedly", error);
    return { ok: false, message: t.errors.database };
  }
}

/** Single sign-on: off to the provider, then back to `next`; an invitation link's secret rides along. */
export async function loginWithSso(formData: FormData): Promise<void> {
  if (!oidc) redirect("/logg-inn");
  const next = formData.get("next");
  const invitation = formData.get("invitasjon");
  await rememberInvitation(typeof invitation === "string" ? invitation : null);
  await signIn(SSO_PROVIDER_ID, { redirectTo: safeLocalPath(typeof next === "string" ? next : undefined) });
}

/** The language chosen before sign-in: remembered in this browser only (the public principal stores nothing). */
export async function chooseLanguageSignedOutAction(form: FormData): Promise<void> {
  const locale = chosenLocale(form);
  if (!locale) return;
  await rememberLocale(locale);
  revalidatePath("/", "layout");
}
