// Issue 14: the rounds, letters, letter import and governance meetings in English for someone who
// has chosen English before signing in (the login page's cookie; the demo accounts have no choice of
// their own). The letter itself is an official document and stays Norwegian, marked lang="nb".
// axe on every page. Reads the demo's 2020 round; changes nothing.
import { expect, expectNoAxeViolations, test } from "./fixtures";

test("the adviser reads rounds, a letter, the import and the meetings in English", async ({ page, context, loginAs, baseURL }) => {
  test.setTimeout(240_000);
  await loginAs("adviser");
  await context.addCookies([{ name: "dugnad-sprak", value: "en", url: baseURL! }]);

  await page.goto("/runder");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Supplementary allocation letters" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Plans submitted" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("row").filter({ hasText: "2020" }).getByRole("link", { name: "Handlingsplan for inkluderingsdugnaden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Handlingsplan for inkluderingsdugnaden (2020)" })).toBeVisible();
  await expect(page.getByText("Deadline for the action plan:")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Filter the agencies" }).getByRole("link", { name: "Plan submitted" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The letter: English around it, the letter itself in Norwegian.
  await page.getByRole("row").filter({ hasText: "Husbanken" }).getByRole("link", { name: /to Husbanken/ }).click();
  await expect(page.getByRole("link", { name: "← Back" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Download PDF/ })).toBeVisible();
  await expect(page.locator("article.letter")).toHaveAttribute("lang", "nb");
  await expect(page.locator("article.letter")).toContainText("Med hilsen");
  await expectNoAxeViolations(page);

  await page.goto("/runder/importer");
  await expect(page.getByRole("heading", { level: 1, name: "Import a letter that has been sent" })).toBeVisible();
  await page.getByRole("button", { name: "Read the letter" }).click();
  await expect(page.getByText("Upload a PDF or paste the text of the letter.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/runder/ny");
  await expect(page.getByRole("heading", { level: 1, name: "New round: supplementary allocation letter" })).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Handlingsplan for inkluderingsdugnaden");
  await expect(page.getByLabel("Name, signatory 1")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/moter");
  await expect(page.getByRole("heading", { level: 1, name: "Governance meetings" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Finalised minutes" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Statsforvalterens fellestjenester" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Governance meetings – Statsforvalterens fellestjenester" })).toBeVisible();
  await expectNoAxeViolations(page);
});
