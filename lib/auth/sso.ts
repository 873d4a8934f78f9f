import "server-only";
import { cookies, headers } from "next/headers";
import type { Account, Profile } from "next-auth";
import { verifiedIdTokenClaims } from "@/lib/auth/id-token";
import { isHttps } from "@/lib/auth/session-cookie";
import { matchSsoSignIn, ssoAccountId } from "@/lib/data/sso";
import { INVITATION_SECRET, ssoIdentityOf, ssoRefusalPath } from "@/lib/domain/sso-identity";

// The Auth.js side of single sign-on: the `signIn` callback lets a person in (or names the page that
// says why not), the `jwt` callback finds the account to start the session for. The matching rules
// are in lib/data/sso.ts.

/** Carries the invitation link's secret through the round trip to the provider (10 minutes). */
const INVITATION_COOKIE = "dugnad-sso-invitation";

/** Before sending the person to the provider: remember the invitation link they came through. */
export async function rememberInvitation(secret: string | null): Promise<void> {
  const jar = await cookies();
  if (!secret || !INVITATION_SECRET.test(secret)) {
    jar.delete(INVITATION_COOKIE);
    return;
  }
  const secure = isHttps(await headers());
  jar.set(INVITATION_COOKIE, secret, { httpOnly: true, sameSite: "lax", secure, path: "/api/auth", maxAge: 600 });
}

async function takeInvitation(): Promise<string | null> {
  const jar = await cookies();
  const secret = jar.get(INVITATION_COOKIE)?.value ?? null;
  if (secret) jar.delete({ name: INVITATION_COOKIE, path: "/api/auth" });
  return secret && INVITATION_SECRET.test(secret) ? secret : null;
}

/**
 * The `signIn` callback for single sign-on: true lets the person in; a path sends them to the page
 * that says why not. A token whose signature does not hold throws (Auth.js: AccessDenied).
 */
export async function admitSsoSignIn(account: Account): Promise<true | string> {
  if (!account.id_token) throw new Error("The provider sent no ID token");
  const identity = ssoIdentityOf(await verifiedIdTokenClaims(account.id_token));
  if (!identity) throw new Error("The ID token names no issuer and subject");
  const outcome = await matchSsoSignIn(identity, await takeInvitation());
  return outcome.kind === "ok" ? true : ssoRefusalPath(outcome.reason);
}

/** The `jwt` callback at an SSO sign-in: the database id of the account admitSsoSignIn let in. */
export async function ssoUserId(profile: Profile | undefined): Promise<string | null> {
  const identity = profile ? ssoIdentityOf(profile) : null;
  return identity ? ssoAccountId(identity) : null;
}
