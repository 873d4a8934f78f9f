import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/auth/client-address";
import { signInProviders, SSO_PROVIDER_ID } from "@/lib/auth/providers";
import { admitSsoSignIn, ssoUserId } from "@/lib/auth/sso";
import { verifyCredentials, type SignInResult } from "@/lib/data/credentials";
import { endSession, sessionIsLive, startSession } from "@/lib/data/sessions";
import { loginSchema } from "@/lib/domain/schemas";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

type Refusal = Exclude<SignInResult, { kind: "ok" }>;

/**
 * A credentials sign-in that did not succeed, and why (wrong, wait, busy), for the login form.
 * `code` ends up in the redirect URL when Auth.js's callback route is POSTed to directly.
 */
export class SignInRefused extends CredentialsSignin {
  constructor(readonly refusal: Refusal) {
    super();
    this.code = refusal.kind;
  }
}

/**
 * Auth.js: sign-in and sign-out. The session cookie is a signed, encrypted JWT that names a
 * session row (lib/data/sessions.ts); whether the session is still live is decided there, at
 * every request, never by the cookie's own expiry.
 */
export const { handlers, signIn, signOut } = NextAuth({
  // Auth.js's own error page is English: its errors land on a Norwegian one.
  pages: { signIn: "/logg-inn", error: "/logg-inn/feil" },
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_MINUTES * 60 },
  secret: env.AUTH_SECRET,
  trustHost: env.AUTH_TRUST_HOST,
  // Auth.js prints every refused sign-in as an error with its stack: one JSON line instead, with
  // the kind of failure only (never the e-mail address tried). Other errors keep their stack.
  logger: {
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin") {
        log.info({ reason: error instanceof SignInRefused ? error.refusal.kind : "credentials" }, "sign-in failed");
      } else if (type === "AccessDenied") {
        log.info({ reason: "access-denied" }, "sign-in failed");
      } else {
        log.error({ err: error, type }, "auth error");
      }
    },
    warn(code) {
      log.warn({ code }, "auth warning");
    },
    debug() {},
  },
  providers: signInProviders([
    Credentials({
      credentials: { email: { label: "E-post" }, password: { label: "Passord", type: "password" } },
      // Both ways in end here, throttled alike: the login form's server action (Auth.js passes on
      // its request headers) and a POST straight to /api/auth/callback/credentials.
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await verifyCredentials(parsed.data.email, parsed.data.password, clientAddress(request.headers));
        if (result.kind !== "ok") throw new SignInRefused(result);
        return { id: result.user.id, name: result.user.name, email: result.user.email };
      },
    }),
  ]),
  callbacks: {
    // Single sign-on reaches only invited accounts (lib/data/sso.ts); others get a Norwegian page.
    async signIn({ account }) {
      return account?.provider === SSO_PROVIDER_ID ? admitSsoSignIn(account) : true;
    },
    async jwt({ token, user, account, profile }) {
      if (user?.id && account) {
        // Signing in: a new session row; the cookie carries only its id. For single sign-on the
        // account is Dugnad's own user, found by the provider's issuer and subject.
        const userId = account.provider === SSO_PROVIDER_ID ? await ssoUserId(profile) : user.id;
        if (!userId) return null;
        return { sid: await startSession(userId, account.provider === "credentials" ? "PASSWORD" : "OIDC") };
      }
      // Auth.js's own endpoints (GET /api/auth/session): a session that has ended is signed out.
      return typeof token.sid === "string" && (await sessionIsLive(token.sid)) ? token : null;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
});
