/**
 * The security headers of every response, as pure functions used by proxy.ts (pages and route
 * handlers: the Content-Security-Policy with a per-request nonce) and next.config.ts (every
 * response, files and redirects included: the static headers, HSTS over HTTPS, and a strict CSP
 * for responses the proxy does not see). No imports: next.config.ts loads this file as it is.
 */

/** A header as next.config's `headers()` takes it. */
export interface HeaderPair {
  key: string;
  value: string;
}

/** A fresh, unguessable nonce for one response's scripts: 16 random bytes, base64. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export interface CspOptions {
  nonce: string;
  /** `next dev` needs eval for React's debugging aids; never in production. */
  dev?: boolean;
  /** Extra targets a form may post or redirect to (see formActionSources), beyond 'self'. */
  formAction?: readonly string[];
}

/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce (Next puts it
 * on its own scripts when the request carries this header, proxy.ts) and whatever those load
 * ('strict-dynamic'; 'self' is the fallback for browsers without it). Styles may be inline:
 * Designsystemet and Recharts set style attributes, and a style cannot run code.
 */
export function contentSecurityPolicy({ nonce, dev = false, formAction = [] }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'", ...formAction],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/**
 * The CSP of responses the proxy does not see (files, /api/health, /api/auth): nothing may run or
 * be loaded except inline styles and own images (Auth.js's own error page uses both). A page that
 * the proxy renders replaces it with the nonce policy (a header of the proxy's response overrides
 * next.config's header of the same name).
 */
export const FALLBACK_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * Where a sign-in form may post or redirect to besides the app itself. Browsers apply form-action
 * to the redirects after a form is posted, so when sign-in goes to an external OpenID provider
 * (OIDC_ISSUER), its origin and subdomains are allowed: ID-porten and Ansattporten authorize on a
 * subdomain of the issuer (issuer https://idporten.no, login.idporten.no), Entra ID on the
 * issuer's own host. No issuer, or one that is not an http(s) URL: nothing beyond 'self'.
 */
export function formActionSources(oidcIssuer: string | undefined): string[] {
  if (!oidcIssuer) return [];
  let url: URL;
  try {
    url = new URL(oidcIssuer);
  } catch {
    return [];
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return [];
  const isName = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) && !/^[\d.]+$/.test(url.hostname);
  const port = url.port ? `:${url.port}` : "";
  return isName ? [url.origin, `${url.protocol}//*.${url.hostname}${port}`] : [url.origin];
}

/** Features the app never uses, switched off for it and anything it might embed. */
const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "browsing-topics",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** Headers that are the same on every response. */
export const STATIC_SECURITY_HEADERS: readonly HeaderPair[] = [
  { key: "x-content-type-options", value: "nosniff" },
  { key: "referrer-policy", value: "same-origin" },
  { key: "permissions-policy", value: PERMISSIONS_POLICY },
  // For browsers without CSP's frame-ancestors.
  { key: "x-frame-options", value: "DENY" },
];

/** Two years; no `preload`, which is the domain owner's decision. */
export const HSTS: HeaderPair = { key: "strict-transport-security", value: "max-age=63072000; includeSubDomains" };

/**
 * When a request counts as HTTPS: `x-forwarded-proto` (its first value, as the TLS-terminating
 * proxy nearest the client wrote it) is `https`. `next start` serves plain HTTP, so TLS is always
 * terminated by a proxy in front and this header is how the app learns of it; Next itself fills it
 * in from the socket when it is absent. It is trusted for HSTS without condition: a browser ignores
 * Strict-Transport-Security received over plain HTTP (RFC 6797 §8.1), so a client forging the
 * header on an http request gains and breaks nothing, and on a real HTTPS request the header is
 * right. Next anchors a `has` pattern (`^…$`).
 */
const FORWARDED_HTTPS_PATTERN = "https(\\s*,.*)?";

/** What next.config.ts's `headers()` returns: the security headers of every response. */
export function nextConfigSecurityHeaders(): { source: string; headers: HeaderPair[]; has?: { type: "header"; key: string; value: string }[] }[] {
  return [
    { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS, { key: "content-security-policy", value: FALLBACK_CSP }] },
    { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: FORWARDED_HTTPS_PATTERN }], headers: [HSTS] },
  ];
}
