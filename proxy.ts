import NextAuth from "next-auth";
import { baseAuthConfig } from "@/lib/auth/config.base";

// Only redirects the signed-out to the login page; every page, action and route handler still
// checks the session and the user's rights itself (lib/auth/session.ts, lib/data).
const { auth } = NextAuth(baseAuthConfig);

export default auth;

export const config = {
  matcher: ["/((?!api/health|api/auth|_next/static|_next/image|icon.svg|favicon.ico|fonts/).*)"],
};
