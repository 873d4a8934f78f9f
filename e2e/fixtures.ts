// Shared Playwright fixtures: `loginAs(role)` signs in as one of the seeded demo accounts (and lands on Hjem),
// `expectNoAxeViolations(page)` checks the page against WCAG 2.1 A/AA with axe, and every test
// fails when a page of its browser context reports a Content-Security-Policy violation.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "dugnad-demo-2020";

export const ACCOUNTS = {
  adviser: "radgiver@kmd.test",
  husbankenHr: "hr@husbanken.test",
  dssHr: "hr@dss.test",
  leader: "leder@kmd.test",
  auditor: "revisor@riksrevisjonen.test",
  /** KMD's administrator: users, agencies and the log. */
  admin: "admin@kmd.test",
  /** Deactivated and reactivated by the administrator's journey. */
  kartverketHr: "hr@kartverket.test",
  /** An agency no journey edits, for the forged-request test. */
  dibkHr: "hr@dibk.test",
  /** Agencies of the new round in the addendum journey. */
  statsbyggHr: "hr@statsbygg.test",
  valgHr: "hr@valgdirektoratet.test",
  datatilsynetHr: "hr@datatilsynet.test",
  /** Revises a year in the figures journey. */
  stafHr: "hr@staf.test",
  /** Two people editing the same draft at once. */
  digdirHr: "hr@digdir.test",
  /** Types in its plan under the Content-Security-Policy (security-headers.spec.ts). */
  distriktssenteretHr: "hr@distriktssenteret.test",
  /** Imports its plan from Word and attaches files (plan-import.spec.ts). */
  htuHr: "hr@htu.test",
} as const;

export type Role = keyof typeof ACCOUNTS;

/** Fails with the list of WCAG 2.1 A/AA violations on the page, if any. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const report = violations.map(
    (v) => `${v.id} (${v.impact ?? "?"}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(" ")}`).join("\n"),
  );
  expect(report, `Accessibility violations on ${page.url()}:\n${report.join("\n")}`).toEqual([]);
}

/**
 * Collects what the browser blocks under the security headers, as it happens: each page's
 * `securitypolicyviolation` events (reported through a binding, so none is lost to a navigation)
 * and Chromium's console messages about the Content-Security-Policy or the Permissions-Policy.
 */
export async function watchSecurityPolicy(context: BrowserContext): Promise<string[]> {
  const found: string[] = [];
  await context.exposeBinding("__dugnadPolicyViolation", ({ page }, text: string) => {
    found.push(`${page.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __dugnadPolicyViolation(text: string): void }).__dugnadPolicyViolation;
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile || "?"}:${e.lineNumber}`);
    });
  });
  context.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy|Permissions[- ]Policy/i.test(message.text())) {
      found.push(`${message.page()?.url() ?? "?"}: console ${message.type()}: ${message.text()}`);
    }
  });
  return found;
}

export const test = base.extend<{ loginAs: (role: Role) => Promise<void>; policyViolations: string[] }>({
  /** What the test's browser context blocked under the security headers; the test fails unless none. */
  policyViolations: async ({ context }, use) => {
    const violations = await watchSecurityPolicy(context);
    await use(violations);
    expect(violations, "The browser reported security policy violations").toEqual([]);
  },
  // Every test that uses the page is watched (tests that only send requests start no browser).
  page: async ({ page, policyViolations }, use) => {
    void policyViolations;
    await use(page);
  },
  loginAs: async ({ page }, use) => {
    await use(async (role) => {
      await page.goto("/logg-inn");
      await page.getByLabel("E-post").fill(ACCOUNTS[role]);
      await page.getByLabel("Passord").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Logg inn" }).click();
      // Signed in: every role lands on the home page, Hjem.
      await expect(page).toHaveURL(/\/$/, { timeout: 15_000 });
      await expect(page.getByRole("heading", { level: 1, name: "Hjem" })).toBeVisible();
    });
  },
});

export { expect };
