import { expect, expectNoAxeViolations, test } from "./fixtures";

test("every page but the login page requires a session", async ({ page }) => {
  await page.goto("/dashbord");
  await expect(page).toHaveURL(/\/logg-inn/);
  await expect(page.getByRole("heading", { name: "Logg inn i Dugnad" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("wrong credentials get a plain Norwegian message", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill("radgiver@kmd.test");
  await page.getByLabel("Passord").fill("feil-passord");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByText("Feil e-post eller passord.")).toBeVisible();
  await expect(page).toHaveURL(/\/logg-inn/);
  await expectNoAxeViolations(page);
});

test("repeated failures pause sign-in for the account, even with the right password", async ({ page }) => {
  // The e2e server pauses for LOGIN_LOCK_SECONDS=2; an account no other test uses.
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill("hr@htu.test");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Passord").fill(`gjett-${i}`);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await expect(page.getByRole("button", { name: "Logg inn" })).toBeEnabled();
  }
  await expect(page.getByText("For mange mislykkede forsøk. Vent litt og prøv igjen.")).toBeVisible();
  await page.getByLabel("Passord").fill("dugnad-demo-2020");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByText("For mange mislykkede forsøk. Vent litt og prøv igjen.")).toBeVisible();
  await expect(page).toHaveURL(/\/logg-inn/);
  // After the pause the right password works again.
  await page.waitForTimeout(2_500);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).not.toHaveURL(/\/logg-inn/);
});

test("signing out ends the session", async ({ page, loginAs }) => {
  await loginAs("leader");
  await expect(page.getByRole("heading", { name: "Dashbord: inkluderingsdugnaden" })).toBeVisible();
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/logg-inn/);
  await page.goto("/dashbord");
  await expect(page).toHaveURL(/\/logg-inn/);
});
