// Issue 14: the interface in English. Before sign-in the browser's Accept-Language decides (and the
// login page's language buttons override it); after sign-in the person's own choice on the profile
// page, stored on them, so it follows them to another browser. Official documents (a letter) stay
// Norwegian, marked lang="nb". Uses an agency of its own (createOwnAgency): no other spec's people
// have their language changed. axe on every page.
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, expectNoAxeViolations, test } from "./fixtures";
import { createOwnAgency } from "./own-agency";

async function expectLang(page: Page, lang: "nb" | "en") {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

test.describe("a browser that asks for English", () => {
  test.use({ locale: "en-GB" });

  test("sees the login page in English, and gets bokmål after choosing Norsk", async ({ page }) => {
    await page.goto("/logg-inn");
    await expectLang(page, "en");
    await expect(page).toHaveTitle("Sign in – Dugnad");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to Dugnad" })).toBeVisible();
    await expect(page.getByRole("link", { name: "public figures" })).toBeVisible();
    await expectNoAxeViolations(page);

    // A refused sign-in is answered in English too (an address no account has: no one's throttle counts).
    await page.getByLabel("E-mail").fill(`nobody-${Date.now()}@e2e.test`);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong e-mail or password.")).toBeVisible();

    await page.getByRole("button", { name: "Norsk (bokmål)" }).click();
    await expectLang(page, "nb");
    await expect(page.getByRole("heading", { level: 1, name: "Logg inn i Dugnad" })).toBeVisible();
    await expect(page.getByLabel("E-post")).toBeVisible();
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("lang", "en");
    await expectNoAxeViolations(page);

    // The choice is remembered in this browser: the next page is in bokmål too.
    await page.goto("/tilgjengelighet");
    await expect(page.getByRole("heading", { level: 1, name: "Tilgjengelighetserklæring for Dugnad" })).toBeVisible();
  });

  test("reads the accessibility statement in English", async ({ page }) => {
    await page.goto("/tilgjengelighet");
    await expectLang(page, "en");
    await expect(page).toHaveTitle("Accessibility statement – Dugnad");
    await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement for Dugnad" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test("a person who chooses English on the profile page gets the interface in English, the letter stays Norwegian", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const own = await createOwnAgency({ requiresLeaderApproval: false, approved: false });
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(own.hrEmail);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hjem" })).toBeVisible({ timeout: 15_000 });

  await page.goto("/profil");
  await page.getByRole("button", { name: "English" }).click();
  await expectLang(page, "en");
  await expect(page.getByRole("heading", { level: 1, name: "My profile" })).toBeVisible();
  await expect(page).toHaveTitle("My profile – Dugnad");
  await expectNoAxeViolations(page);

  // The shell: header, menu, skip link.
  const menu = page.getByRole("navigation", { name: "Main menu" });
  await expect(menu.getByRole("link", { name: "Home" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Letters and action plan" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "New hires" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeAttached();
  await expect(page.getByRole("link", { name: "Accessibility statement" })).toBeVisible();

  // The home page: what to do, with English dates.
  await menu.getByRole("link", { name: "Home" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "To do" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^The action plan is to be submitted by 1 March 2031 – in \d+ days$/ })).toBeVisible();
  await expectLang(page, "en");
  await expectNoAxeViolations(page);

  await page.goto("/finnes-ikke");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The choice is the person's: another browser, asking for bokmål, gets English once they have signed in.
  const other = await browser.newContext({ locale: "nb-NO" });
  const second = await other.newPage();
  await second.goto("/logg-inn");
  await expectLang(second, "nb");
  await second.getByLabel("E-post").fill(own.hrEmail);
  await second.getByLabel("Passord").fill(DEMO_PASSWORD);
  await second.getByRole("button", { name: "Logg inn" }).click();
  await expect(second.getByRole("heading", { level: 1, name: "Home" })).toBeVisible({ timeout: 15_000 });
  await expectLang(second, "en");
  await other.close();
});

test("an official letter stays Norwegian inside an English page", async ({ page }) => {
  const own = await createOwnAgency({ requiresLeaderApproval: false, approved: false });
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(own.hrEmail);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hjem" })).toBeVisible({ timeout: 15_000 });
  await page.goto("/profil");
  await page.getByRole("button", { name: "English" }).click();
  await expectLang(page, "en");

  await page.goto(`/brev/e2e-letter-${own.tag}`);
  await expectLang(page, "en");
  const letter = page.locator("article.letter");
  await expect(letter).toHaveAttribute("lang", "nb");
  await expect(letter).toContainText("Tillegg 1 til tildelingsbrev 2031");
  await expectNoAxeViolations(page);
});
