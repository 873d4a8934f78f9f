// Issue 13: an agency revises its approved plan on its own initiative. HR starts the revision (the
// draft is a copy of the approved version), changes it and submits; while the revision runs the
// ministry sees the approved version as the valid plan; the adviser approves, and both approved
// versions stay listed and readable. The agency is the test's own (e2e/own-agency.ts).
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { createOwnAgency, signInAs, type OwnAgency } from "./own-agency";

test.describe.configure({ mode: "serial", timeout: 90_000 });

let own: OwnAgency;
test.beforeAll(async () => {
  own = await createOwnAgency({ requiresLeaderApproval: false, approved: true });
});

const versions = (page: Page) => page.getByRole("complementary", { name: "Versjoner og historikk" });

test("HR starts a revision of the approved plan, changes it and submits it", async ({ page }) => {
  await signInAs(page, own.hrEmail);
  await page.getByRole("link", { name: "Brev og handlingsplan" }).click();
  await page.getByRole("link", { name: "Åpne handlingsplanen" }).click();
  await expect(page).toHaveURL(new RegExp(`${own.planPath}$`));
  await expect(page.getByText("Godkjent").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Start revisjon" }).click();
  await expect(page.getByText("Revisjon under arbeid")).toBeVisible();
  await expect(page.getByText(/Gjeldende plan er versjon 1, godkjent/)).toBeVisible();
  // The working draft starts as a copy of the approved version.
  const challenge = page.getByLabel("Utfordring 1", { exact: true });
  await expect(challenge).toHaveValue("Få søkere fra målgruppen.");
  await expectNoAxeViolations(page);

  await challenge.fill("Få søkere fra målgruppen, særlig til IT-stillinger.");
  await expect(page.getByRole("status").filter({ hasText: /Lagret kl\. \d\d[.:]\d\d/ })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "Send inn planen" }).click();
  await expect(page.getByText("Revisjon sendt inn")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/Revisjonen er sendt inn som versjon 2 og venter på gjennomgang/)).toBeVisible();
  await expect(versions(page).getByText("Godkjent, gjeldende.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the adviser sees the approved version as valid, reviews the revision and approves it", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.goto(own.planPath);
  await expect(page.getByText("Revisjon sendt inn")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Gjeldende plan: versjon 1" })).toBeVisible();
  await expect(page.getByText("Få søkere fra målgruppen.", { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: /Gå gjennom versjon 2/ }).click();
  await expect(page.getByText("Få søkere fra målgruppen, særlig til IT-stillinger.").first()).toBeVisible();
  await page.getByRole("button", { name: "Godkjenn planen" }).click();
  await expect(page.getByRole("heading", { name: /Handlingsplan for inkluderingsdugnaden – Testetaten/ })).toBeVisible();
  await expect(page.getByText("Revisjon sendt inn")).toHaveCount(0);
  await expect(page.getByText("Få søkere fra målgruppen, særlig til IT-stillinger.").first()).toBeVisible();
  // Both approved versions are marked; version 2 is the valid one; version 1 still reads as sent.
  await expect(versions(page).getByRole("listitem").filter({ hasText: "Versjon 1" })).toContainText("Godkjent");
  await expect(versions(page).getByRole("listitem").filter({ hasText: "Versjon 2" })).toContainText("Godkjent, gjeldende.");
  await expect(versions(page).getByText("startet en revisjon av den godkjente planen")).toBeVisible();
  await expectNoAxeViolations(page);
  await versions(page).getByRole("link", { name: "Versjon 1", exact: true }).click();
  await expect(page.getByText("Få søkere fra målgruppen.", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/Godkjent av departementet/)).toBeVisible();
});
