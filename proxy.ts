import { NextResponse, type NextRequest } from "next/server";
import { sessionIdFrom } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce, formActionSources } from "@/lib/security-headers";

// Two jobs, kept apart: the Content-Security-Policy with a fresh nonce for every page and route
// handler it sees (the static security headers of every response come from next.config.ts), and
// redirecting the signed-out to the login page.
export default async function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy({ nonce: createNonce(), dev: env.NODE_ENV === "development", formAction: FORM_ACTION });
  const response = (await redirectIfSignedOut(request)) ?? nextWithCsp(request, csp);
  response.headers.set("content-security-policy", csp);
  return response;
}

// Single sign-on: sign-in posts to and redirects to the OpenID provider.
const FORM_ACTION = formActionSources(env.OIDC_ISSUER);

/** Passes the request on with the policy among its headers: Next puts the nonce on its own scripts. */
function nextWithCsp(request: NextRequest, csp: string): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  return NextResponse.next({ request: { headers } });
}

// The session part. It only redirects the signed-out to the login page; every page, action and
// route handler still checks the session and the user's rights itself (lib/auth/session.ts,
// lib/data). It reads the session cookie and never writes it: Auth.js's own middleware re-issues
// the cookie on every request, and a request still in flight while the user signs out (a
// prefetch) could then bring the session back. Whether the session is still live (12 hours from
// sign-in, 30 minutes idle, not ended) is decided by the page against its row (lib/data/sessions.ts).
// The public figures (/offentlig) and their open data are for anyone.
const PUBLIC_PATHS = new Set([
  "/logg-inn", "/logg-inn/ingen-tilgang", "/logg-inn/feil", "/tilgjengelighet",
  "/offentlig", "/offentlig/tall.csv", "/offentlig/tall.json",
]);

async function redirectIfSignedOut(request: NextRequest): Promise<NextResponse | null> {
  const path = request.nextUrl.pathname;
  // The one-time links an administrator passes on: the person has no session yet.
  if (PUBLIC_PATHS.has(path) || path.startsWith("/passord/")) return null;
  // The demo's mail catcher: a newcomer reads the e-mail first, then signs in from its link.
  if (path === "/demo/epost") return null;
  // The API (issue 14): systems with a bearer token, never a session (lib/api/route.ts); its
  // document and reference page are public.
  if (path === "/api/v1" || path.startsWith("/api/v1/")) return null;
  if (await sessionIdFrom(request.headers, request.nextUrl)) return null;
  const login = new URL("/logg-inn", request.nextUrl);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

// Not the files, /api/health, /api/ready, /api/metrics (probes and the scraper: no session) and Auth.js's endpoints: they get next.config.ts's headers, with a
// policy that lets nothing run.
export const config = {
  matcher: ["/((?!api/health|api/ready|api/metrics|api/auth|_next/static|_next/image|icon.svg|favicon.ico|fonts/).*)"],
};
