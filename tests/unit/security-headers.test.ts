import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  FALLBACK_CSP,
  formActionSources,
  nextConfigSecurityHeaders,
  STATIC_SECURITY_HEADERS,
} from "@/lib/security-headers";

/** The policy as directive → sources. */
function parse(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

describe("the page's Content-Security-Policy", () => {
  const csp = parse(contentSecurityPolicy({ nonce: "abc123==" }));

  it("lets scripts run only with the response's nonce, never inline or eval", () => {
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
    expect(csp.get("default-src")).toEqual(["'self'"]);
  });

  it("allows inline styles (Designsystemet, Recharts) but no nonce there, which would switch unsafe-inline off", () => {
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("forbids framing, plugins, foreign base URLs and foreign form targets", () => {
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
  });

  it("is one line of directives Next can read the nonce from", () => {
    const text = contentSecurityPolicy({ nonce: "abc123==" });
    expect(text).not.toMatch(/[\r\n]/);
    expect(text).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic';");
  });

  it("allows eval only in development", () => {
    expect(parse(contentSecurityPolicy({ nonce: "n", dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(parse(contentSecurityPolicy({ nonce: "n", dev: false })).get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("adds the OpenID provider to form-action when one is configured", () => {
    const withIssuer = parse(contentSecurityPolicy({ nonce: "n", formAction: formActionSources("https://idporten.no") }));
    expect(withIssuer.get("form-action")).toEqual(["'self'", "https://idporten.no", "https://*.idporten.no"]);
  });
});

describe("form-action sources from OIDC_ISSUER", () => {
  it("allows the issuer's origin and its subdomains (ID-porten authorizes at login.idporten.no)", () => {
    expect(formActionSources("https://idporten.no/")).toEqual(["https://idporten.no", "https://*.idporten.no"]);
    expect(formActionSources("https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0")).toEqual([
      "https://login.microsoftonline.com",
      "https://*.login.microsoftonline.com",
    ]);
  });

  it("keeps a port, and allows only the origin of a loopback or IP issuer (the tests' provider)", () => {
    expect(formActionSources("https://sso.example.no:8443/realms/x")).toEqual(["https://sso.example.no:8443", "https://*.sso.example.no:8443"]);
    expect(formActionSources("http://127.0.0.1:4010")).toEqual(["http://127.0.0.1:4010"]);
    expect(formActionSources("http://localhost:4010/oidc")).toEqual(["http://localhost:4010"]);
  });

  it("adds nothing without an issuer or for one that is not an http(s) URL", () => {
    expect(formActionSources(undefined)).toEqual([]);
    expect(formActionSources("")).toEqual([]);
    expect(formActionSources("not a url")).toEqual([]);
    expect(formActionSources("javascript:alert(1)")).toEqual([]);
  });
});

describe("nonces", () => {
  it("are 16 random bytes in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    // Next reads a nonce matching this from the request's policy (get-script-nonce-from-header).
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/_-]+={0,2}$/);
  });
});

describe("headers on every response (next.config.ts)", () => {
  const rules = nextConfigSecurityHeaders();
  const everyResponse = rules.filter((r) => !r.has);
  const asObject = (pairs: { key: string; value: string }[]) => Object.fromEntries(pairs.map((p) => [p.key, p.value]));

  it("sends the static headers and a policy that lets nothing run on every path", () => {
    expect(everyResponse.map((r) => r.source)).toEqual(["/:path*"]);
    const headers = asObject(everyResponse[0]!.headers);
    expect(headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
      "x-frame-options": "DENY",
      "content-security-policy": FALLBACK_CSP,
    });
    expect(headers["permissions-policy"]).toMatch(/(^|, )camera=\(\)/);
    expect(headers["permissions-policy"]).toMatch(/(^|, )microphone=\(\)/);
    expect(headers["permissions-policy"]).toMatch(/(^|, )geolocation=\(\)/);
    expect(STATIC_SECURITY_HEADERS.every((h) => h.key === h.key.toLowerCase())).toBe(true);
  });

  it("keeps the fallback policy shut: no scripts, no framing", () => {
    const fallback = parse(FALLBACK_CSP);
    expect(fallback.get("default-src")).toEqual(["'none'"]);
    expect(fallback.has("script-src")).toBe(false);
    expect(fallback.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("sends HSTS only when x-forwarded-proto says https", () => {
    const hsts = rules.filter((r) => r.has);
    expect(hsts).toHaveLength(1);
    expect(hsts[0]!.headers).toEqual([{ key: "strict-transport-security", value: "max-age=63072000; includeSubDomains" }]);
    // Next anchors a `has` value as ^…$ (matchHas in next/dist/shared/lib/router/utils/prepare-destination).
    const [condition] = hsts[0]!.has!;
    expect(condition!.key).toBe("x-forwarded-proto");
    const matches = (v: string) => new RegExp(`^${condition!.value}$`).test(v);
    for (const v of ["https", "https, http", "https,http"]) expect([v, matches(v)]).toEqual([v, true]);
    for (const v of ["http", "http, https", "xhttps", "httpsx", ""]) expect([v, matches(v)]).toEqual([v, false]);
  });
});
