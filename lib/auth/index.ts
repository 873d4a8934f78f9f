import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { baseAuthConfig } from "@/lib/auth/config.base";
import { clientAddress } from "@/lib/auth/client-address";
import { verifyCredentials, type SignInResult } from "@/lib/data/credentials";
import { loginSchema } from "@/lib/domain/schemas";
import { env } from "@/lib/env";

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

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...baseAuthConfig,
  secret: env.AUTH_SECRET,
  trustHost: env.AUTH_TRUST_HOST,
  providers: [
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
  ],
});
