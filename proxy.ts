import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { cachedPage, isCacheable } from "@/lib/page-cache";

// Only redirects the signed-out to the login page; every page, action and route handler still
// checks the session and the user's rights itself (lib/auth/session.ts, lib/data). It reads the
// session cookie and never writes it: Auth.js's own middleware re-issues the cookie on every
// request, and a request still in flight while the user signs out (a prefetch) could then bring
// the session back. A session lasts 8 hours from sign-in. Full loads of the dashboard are served
// from lib/page-cache.ts while nothing it shows has changed.
const PUBLIC_PATHS = new Set(["/logg-inn", "/logg-inn/ingen-tilgang", "/logg-inn/feil", "/tilgjengelighet"]);

export default async function proxy(request: NextRequest) {
  if (PUBLIC_PATHS.has(request.nextUrl.pathname)) return NextResponse.next();
  const protocol = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  const token = await getToken({ req: request, secret: env.AUTH_SECRET, secureCookie: protocol === "https" });
  if (typeof token?.sid === "string") {
    if (isCacheable(request)) {
      const cached = await cachedPage(request, token.sid);
      if (cached) return cached;
    }
    return NextResponse.next();
  }
  const login = new URL("/logg-inn", request.nextUrl);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!api/health|api/auth|_next/static|_next/image|icon.svg|favicon.ico|fonts/).*)"],
};
