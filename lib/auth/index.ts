import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { baseAuthConfig } from "@/lib/auth/config.base";
import { verifyCredentials } from "@/lib/data/credentials";
import { loginSchema } from "@/lib/domain/schemas";
import { env } from "@/lib/env";

/** Signals that sign-in is paused after repeated failures. */
export class TooManyAttempts extends CredentialsSignin {
  code = "locked";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...baseAuthConfig,
  secret: env.AUTH_SECRET,
  trustHost: env.AUTH_TRUST_HOST,
  providers: [
    Credentials({
      credentials: { email: { label: "E-post" }, password: { label: "Passord", type: "password" } },
      async authorize(raw) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await verifyCredentials(parsed.data.email, parsed.data.password);
        if (result.kind === "locked") throw new TooManyAttempts();
        if (result.kind === "wrong") return null;
        return { id: result.user.id, name: result.user.name, email: result.user.email };
      },
    }),
  ],
});
