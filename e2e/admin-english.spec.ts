// Administration, notifications, the audit log and the sector action plan in English (issue 14):
// a browser that prefers English (and people who have not chosen a language) sees these pages in
// English with lang="en", each passing axe; the sector action plan itself stays Norwegian (lang="nb").
// The stored language of the shared accounts is never changed here: Accept-Language decides.
import type { Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, expect, expectNoAxeViolations, test } from "./fixtures";

test.use({ locale: "en-GB" });
test.slow();

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/logg-inn");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/, { timeout: 15_000 });
}

async function expectEnglishPage(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);
}

test("the administrator's pages and the audit log in English", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin/brukere");
  await expectEnglishPage(page, "Users");
  await expect(page.getByRole("columnheader", { name: "Last signed in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Invite user" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "hr@husbanken.test" })).toContainText("Active");

  await page.goto("/admin/brukere/ny");
  await expectEnglishPage(page, "Invite user");
  await expect(page.getByLabel("Role")).toBeVisible();

  await page.goto("/admin/virksomheter");
  await expectEnglishPage(page, "Agencies in the sector");
  await expect(page.getByRole("heading", { level: 2, name: "Add agency" })).toBeVisible();

  await page.goto("/admin/virksomheter/import");
  await expectEnglishPage(page, "Load agencies from a file");

  await page.goto("/admin/epost");
  await expectEnglishPage(page, "E-mail not sent");
  await expect(page.getByRole("heading", { level: 2, name: "Background jobs that failed" })).toBeVisible();

  await page.goto("/logg");
  await expectEnglishPage(page, "Log");
  await expect(page.getByRole("form", { name: "Filter the log" })).toBeVisible();
  await expect(page.getByLabel("Event").locator("option", { hasText: "Sector action plan published" })).toHaveCount(1);
  await expect(page.getByRole("columnheader", { name: "Time" })).toBeVisible();
});

test("notifications, their settings and the sector action plan's follow-up in English; the plan itself stays Norwegian", async ({ page }) => {
  await signIn(page, ACCOUNTS.husbankenHr);
  await page.goto("/varsler");
  await expectEnglishPage(page, "Notifications");
  await expect(page.getByRole("link", { name: "notification settings" })).toBeVisible();

  await page.goto("/profil/varsler");
  await expectEnglishPage(page, "Notification settings");
  await expect(page.getByRole("button", { name: "Save the settings" })).toBeVisible();
  await expect(page.getByText("At once").first()).toBeVisible();

  await page.goto("/oppfolging");
  await expectEnglishPage(page, /Follow-up of the sector action plan/);
  await expect(page.getByText("Mandatory measures done:")).toBeVisible();

  await page.goto("/sektorplan");
  await expectEnglishPage(page, "Sector action plan for the inclusion drive");
  await page.getByRole("table").getByRole("link").first().click();
  await expectEnglishPage(page, /^Sector action plan \d{4}$/);
  await expect(page.getByRole("link", { name: "Download PDF" })).toBeVisible();
  // The document: Norwegian inside the English page.
  const document = page.locator("article[lang='nb']");
  await expect(document).toBeVisible();
  await expect(document.getByText(/Skal \(obligatorisk\)|Bør \(anbefalt\)/).first()).toBeVisible();
});
