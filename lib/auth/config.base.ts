import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js configuration that needs no database: pages, the JWT session (8 hours
 * from sign-in, not rolling; see proxy.ts) and the callbacks that put the user id in it.
 */
export const baseAuthConfig = {
  pages: { signIn: "/logg-inn" },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
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
