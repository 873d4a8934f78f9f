// Security headers on every kind of response (pages signed out and in, a redirect, a file download,
// a static asset, the health check, Auth.js, a 404), HSTS only over HTTPS, and no page of any
// role reporting a Content-Security-Policy violation, also while it is used.
import type { APIResponse, Page, Response } from "@playwright/test";
import { expect, test, watchSecurityPolicy, type Role } from "./fixtures";
import { signIn } from "./ids";
import { formActionSources } from "../lib/security-headers";
import { testOidcEnv } from "../scripts/lib/test-oidc";

const HSTS = "max-age=63072000; includeSubDomains";
/** A fresh nonce in the page's policy: scripts run only with it, or loaded by one that has it. */
const PAGE_SCRIPT_SRC = /^script-src 'self' 'nonce-([A-Za-z0-9+/]{22}==)' 'strict-dynamic'$/;

type Kind = "page" | "other";

/** The policy's directives by name. */
function directives(csp: string | undefined): Map<string, string> {
  expect(csp, "a Content-Security-Policy").toBeTruthy();
  return new Map(csp!.split(";").map((d) => d.trim()).map((d) => [d.split(" ")[0]!, d]));
}

/**
 * The headers every response carries. A page (anything the proxy answers: pages, redirects,
 * downloads) has the nonce policy; the rest (files, the health check, Auth.js) one that lets
 * nothing run. Returns the page's nonce.
 */
function expectSecurityHeaders(what: string, headers: Record<string, string>, kind: Kind, https = false): string | null {
  expect.soft(headers["x-content-type-options"], what).toBe("nosniff");
  expect.soft(headers["referrer-policy"], what).toBe("same-origin");
  expect.soft(headers["x-frame-options"], what).toBe("DENY");
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
    expect.soft(headers["permissions-policy"], what).toMatch(new RegExp(`(^|, )${feature}=\\(\\)(,|$)`));
  }
  expect.soft(headers["strict-transport-security"], what).toBe(https ? HSTS : undefined);
  const csp = directives(headers["content-security-policy"]);
  expect.soft(csp.get("frame-ancestors"), what).toBe("frame-ancestors 'none'");
  expect.soft(csp.get("object-src"), what).toBe("object-src 'none'");
  // A page may post its sign-in form to the OpenID provider the e2e server is configured with; nothing else.
  const formAction = kind === "page" ? ["form-action 'self'", ...formActionSources(testOidcEnv().OIDC_ISSUER)].join(" ") : "form-action 'self'";
  expect.soft(csp.get("form-action"), what).toBe(formAction);
  expect.soft(headers["content-security-policy"], what).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  if (kind === "other") {
    expect.soft(csp.get("default-src"), what).toBe("default-src 'none'");
    expect.soft(csp.has("script-src"), what).toBe(false);
    return null;
  }
  expect.soft(csp.get("default-src"), what).toBe("default-src 'self'");
  expect.soft(csp.get("base-uri"), what).toBe("base-uri 'self'");
  expect.soft(csp.get("style-src"), what).toBe("style-src 'self' 'unsafe-inline'");
  const script = csp.get("script-src") ?? "";
  expect(script, what).toMatch(PAGE_SCRIPT_SRC);
  return PAGE_SCRIPT_SRC.exec(script)![1]!;
}

/** Every script in a page's HTML carries the nonce of the response's policy. */
function expectScriptsWithNonce(what: string, html: string, nonce: string): void {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `${what}: scripts in the page`).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, what).toContain(`nonce="${nonce}"`);
}

const headersOf = (r: APIResponse | Response) => r.headers();

test("signed out: pages, the redirect to the login page, files, the health check, Auth.js and a 404", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/logg-inn", "/tilgjengelighet", "/logg-inn"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const nonce = expectSecurityHeaders(path, headersOf(response), "page")!;
    expectScriptsWithNonce(path, await response.text(), nonce);
    nonces.add(nonce);
  }
  // A fresh nonce on every response.
  expect(nonces.size).toBe(3);

  const redirect = await request.get("/dashbord", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["location"]).toBe("/logg-inn?callbackUrl=%2Fdashbord");
  expectSecurityHeaders("redirect /dashbord", headersOf(redirect), "page");

  const login = await (await request.get("/logg-inn")).text();
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(login)?.[1];
  expect(asset, "a script of the login page").toBeTruthy();
  const file = await request.get(asset!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toMatch(/javascript/);
  expectSecurityHeaders(asset!, headersOf(file), "other");

  // Outside the proxy: a file of the app, the health check, Auth.js, and a file that does not exist.
  for (const [path, status] of [["/icon.svg", 200], ["/api/health", 200], ["/api/auth/csrf", 200], ["/_next/static/finnes-ikke.js", 404]] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(path, headersOf(response), "other");
  }
});

test("signed in: a page, a file download and a 404 page", async ({ page, loginAs }) => {
  await loginAs("adviser");
  const dashboard = await page.goto("/dashbord");
  expect(dashboard?.status()).toBe(200);
  const nonce = expectSecurityHeaders("/dashbord", headersOf(dashboard!), "page")!;
  expectScriptsWithNonce("/dashbord", await dashboard!.text(), nonce);
  await expectHydrated(page);

  const csv = await page.request.get("/api/tall.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment/);
  expectSecurityHeaders("/api/tall.csv", headersOf(csv), "page");

  const missing = await page.goto("/finnes-ikke");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Fant ikke siden" })).toBeVisible();
  expectSecurityHeaders("404 /finnes-ikke", headersOf(missing!), "page");
  await expectHydrated(page);
});

test("HSTS only when served over HTTPS, as the proxy in front says with x-forwarded-proto", async ({ request }) => {
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await (await request.get("/logg-inn")).text())![1]!;
  const cases: [string, Kind][] = [
    ["/logg-inn", "page"],
    ["/dashbord", "page"], // the redirect to the login page
    [asset, "other"],
    ["/api/health", "other"],
    ["/api/auth/csrf", "other"],
    ["/_next/static/finnes-ikke.js", "other"],
  ];
  for (const [path, kind] of cases) {
    const https = await request.get(path, { headers: { "x-forwarded-proto": "https" }, maxRedirects: 0 });
    expectSecurityHeaders(`${path} over https`, headersOf(https), kind, true);
    const http = await request.get(path, { headers: { "x-forwarded-proto": "http" }, maxRedirects: 0 });
    expectSecurityHeaders(`${path} over http`, headersOf(http), kind, false);
  }
});

/** The page's scripts ran: Next's bootstrap and React's hydration of the document. */
async function expectHydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () => typeof (window as { next?: unknown }).next === "object" && Object.keys(document).some((k) => k.startsWith("__reactContainer$")),
    undefined,
    { timeout: 10_000 },
  );
}

/** A path with its ids replaced, so each kind of page is visited once ("/planer/:id"). */
function kindOf(path: string): string {
  return path
    .split("/")
    .map((segment) => (/^\d+$/.test(segment) || (segment.length >= 20 && /\d/.test(segment)) ? ":id" : segment))
    .join("/");
}

/**
 * Visits every kind of page a role can reach by links from its home page (breadth first, up to
 * `limit`), checking that each renders, hydrates and logs no error. A link to a page the role may
 * not see gets the 404 page, which is checked the same way and noted as an annotation (that is
 * the pages' business, not the headers'). Returns the paths visited.
 */
async function crawl(page: Page, limit: number): Promise<string[]> {
  const errors: string[] = [];
  page.on("console", (m) => {
    // The browser logs a 404 page's status as a failed resource load; the status is checked above.
    if (m.type() === "error" && !/status of 404/.test(m.text())) errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  const seen = new Set<string>();
  const visited: string[] = [];
  const queue = ["/"];
  while (queue.length > 0 && visited.length < limit) {
    const path = queue.shift()!;
    if (seen.has(kindOf(path))) continue;
    seen.add(kindOf(path));
    const response = await page.goto(path);
    expect([200, 404], path).toContain(response?.status());
    if (response?.status() === 404) test.info().annotations.push({ type: "dead link", description: path });
    await expectHydrated(page);
    await page.waitForLoadState("networkidle");
    visited.push(path);
    // A link marked as a download (the public figures' CSV and JSON) is a file, not a page.
    const hrefs = await page.locator("a[href^='/']:not([download])").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    for (const href of hrefs) {
      const { pathname } = new URL(href, "http://localhost");
      // Downloads are files, not pages (their headers are checked above).
      if (!pathname.startsWith("/api/") && !seen.has(kindOf(pathname))) queue.push(pathname);
    }
  }
  expect(errors, "console errors").toEqual([]);
  return visited;
}

const ROLES: [Role, string[]][] = [
  ["adviser", ["/runder", "/sektorplan", "/dashbord", "/tall", "/virksomheter/:id", "/sektorplan/:id/rediger"]],
  ["husbankenHr", ["/brev", "/oppfolging", "/tall", "/dashbord", "/planer/:id"]],
  ["leader", ["/dashbord", "/sektorplan", "/tall"]],
  ["auditor", ["/runder", "/tall", "/dashbord"]],
];

for (const [role, expected] of ROLES) {
  test(`no page the ${role} reaches reports a CSP violation`, async ({ page, loginAs, policyViolations }) => {
    test.setTimeout(420_000);
    await loginAs(role);
    // Every kind of page once: issue 13 added meetings, imports, attachments and revisions, issue
    // 14 the API tokens and the archive.
    const visited = await crawl(page, 100);
    test.info().annotations.push({ type: "visited", description: visited.join(" ") });
    const kinds = visited.map(kindOf);
    for (const kind of expected) expect(kinds, `the crawl reached ${kind}`).toContain(kind);

    // The chart is drawn on the server as SVG (decision record 033); each bar's figure is its tooltip.
    await page.goto("/dashbord");
    await expectHydrated(page);
    const bars = page.getByRole("img", { name: /Stolpediagram over sektorens andel/ }).locator("rect:has(title)");
    await expect(bars.first()).toBeVisible();
    await expect(bars.first().locator("title")).toHaveText(/Sektoren: \d/);
    expect(policyViolations).toEqual([]);
  });
}

test("the sector plan editor and the plan editor work under the policy", async ({ page, loginAs, browser, policyViolations }) => {
  test.setTimeout(90_000);
  // The adviser's sector plan editor: the agencies' plans, one element at a time.
  await loginAs("adviser");
  // A plan still open for changes: one followed by next year's published plan is not (issue 13).
  await page.goto("/sektorplan");
  const plans = await page.getByRole("link", { name: /^Handlingsplan \d{4}/ }).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const edit = page.getByRole("link", { name: /Rediger utkastet|Endre planen/ });
  for (const href of plans) {
    await page.goto(href);
    if ((await edit.count()) > 0) break;
  }
  await edit.click();
  await expect(page).toHaveURL(/\/rediger$/);
  await expectHydrated(page);
  await page.getByLabel("Vis element").selectOption({ label: "Utfordringer og muligheter" });
  await expect(page.getByLabel("Legg valgte tiltak i temaet")).toBeHidden();

  // An agency's plan editor saves as one types (a server action under the policy). Distriktssenteret's
  // plan is not started and no other journey opens it.
  const context = await browser.newContext();
  const hrViolations = await watchSecurityPolicy(context);
  const hr = await context.newPage();
  await signIn(hr, "distriktssenteretHr");
  await hr.getByRole("link", { name: "Brev og handlingsplan" }).click();
  await hr.getByRole("link", { name: "Åpne handlingsplanen" }).first().click();
  await expect(hr.getByRole("heading", { name: /Handlingsplan for inkluderingsdugnaden – Distriktssenteret/ })).toBeVisible();
  await hr.getByRole("button", { name: "Legg til utfordring" }).click();
  await hr.getByLabel("Utfordring 1", { exact: true }).fill("Få søkere i målgruppen.");
  await expect(hr.getByRole("status").filter({ hasText: /Lagret kl\. \d\d[.:]\d\d/ })).toBeVisible({ timeout: 15_000 });
  await hr.reload();
  await expect(hr.getByLabel("Utfordring 1", { exact: true })).toHaveValue("Få søkere i målgruppen.");
  await context.close();
  expect(hrViolations).toEqual([]);
  expect(policyViolations).toEqual([]);
});
