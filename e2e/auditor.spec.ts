// Journey 5: Riksrevisjonen reads letters, submitted plans and figures, and can change nothing.
import { expect, expectNoAxeViolations, test } from "./fixtures";

test("the auditor reads letters, submitted plans and figures, with no way to change them", async ({ page, loginAs }) => {
  await loginAs("auditor");
  await expect(page).toHaveURL(/\/runder$/);
  await expect(page.getByRole("link", { name: "Ny runde" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Handlingsplan for inkluderingsdugnaden", exact: true }).click();
  const rows = page.getByRole("table").getByRole("row");
  await expectNoAxeViolations(page);

  // A letter.
  await rows.filter({ hasText: "Departementenes sikkerhets" }).getByRole("link", { name: /Tillegg 3/ }).click();
  await expect(page.getByRole("article").getByText("19/4649-79")).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await page.getByRole("link", { name: "← Tilbake" }).click();
  await expect(page.getByRole("heading", { name: "Handlingsplan for inkluderingsdugnaden (2020)" })).toBeVisible();

  // A submitted plan, read-only.
  await rows.filter({ hasText: "Valgdirektoratet" }).getByRole("link", { name: /les planen/ }).click();
  await expect(page.getByRole("heading", { name: /Handlingsplan for inkluderingsdugnaden – Valgdirektoratet/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Vurdering av traineeprogrammet" })).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Lagre|Send inn/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Figures, with small numbers suppressed.
  await page.getByRole("link", { name: "Nytilsettinger" }).click();
  await expect(page.getByRole("heading", { name: "Nytilsettinger i sektoren" })).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  const htu2019 = page.getByRole("row").filter({ hasText: "Husleietvistutvalget" }).filter({ hasText: "2019" });
  await expect(htu2019).toContainText("Under 5 nytilsatte");
  // The export applies the same suppression.
  const csv = await page.request.get("/api/tall.csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).split("\r\n");
  expect(lines[0]?.replace(/^\uFEFF/, "")).toBe("Virksomhet;År;Nytilsatte;I målgruppen;Andel");
  expect(lines).toContain("Husleietvistutvalget;2019;Skjult;Skjult;Under 5 nytilsatte");
  await expectNoAxeViolations(page);

  // Creating a round is not for the auditor.
  const response = await page.goto("/runder/ny");
  expect(response?.status()).toBe(404);
});
