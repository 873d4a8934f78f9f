import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js configuration that needs no database, shared by the proxy (which
 * only redirects the signed-out) and the full configuration in lib/auth/index.ts.
 */
export const baseAuthConfig = {
  pages: { signIn: "/logg-inn" },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const signedIn = Boolean(auth?.user?.id);
      const path = request.nextUrl.pathname;
      if (path === "/logg-inn" || path === "/tilgjengelighet") return true;
      return signedIn;
    },
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
} satisfies NextAuthConfig;
