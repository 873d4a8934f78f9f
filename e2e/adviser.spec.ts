// Journey 1: the KMD adviser follows the 2020 round and issues a new one.
import { expect, expectNoAxeViolations, test } from "./fixtures";

test("the round overview lists every agency with its letter and plan status, overdue marked", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.getByRole("link", { name: "Tillegg og planer" }).click();
  await expect(page).toHaveURL(/\/runder$/);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Handlingsplan for inkluderingsdugnaden", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Handlingsplan for inkluderingsdugnaden (2020)" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(12); // header + 11 agencies
  const dss = rows.filter({ hasText: "Departementenes sikkerhets- og serviceorganisasjon" });
  await expect(dss).toContainText("19/4649-79");
  await expect(dss).toContainText("Over fristen");
  // Plans waiting for review, oldest first; plans past the deadline listed too.
  const waiting = page.getByRole("region", { name: /Venter på gjennomgang/ }).getByRole("listitem");
  const names = await waiting.allTextContents();
  const valg = names.findIndex((n) => n.startsWith("Valgdirektoratet"));
  const kart = names.findIndex((n) => n.startsWith("Statens kartverk"));
  expect(valg).toBeGreaterThanOrEqual(0);
  expect(kart).toBeGreaterThan(valg);
  await expect(page.getByRole("region", { name: /Over fristen/ })).toContainText("Husleietvistutvalget");
  const kartverket = rows.filter({ hasText: "Statens kartverk" });
  await expect(kartverket).toContainText("Sendt inn");
  await expect(kartverket).not.toContainText("Over fristen");
  await expectNoAxeViolations(page);

  // Read a letter.
  await rows.filter({ hasText: "Husbanken" }).getByRole("link", { name: /Tillegg nr\. 8/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Tillegg nr\. 8 til tildelingsbrev 2020 til Husbanken/ })).toBeVisible();
  await expect(page.getByRole("article").getByText("20/56-69")).toBeVisible();
  await expect(page.getByText("4. november 2020")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "ha tydelig ansvarsfordeling" })).toBeVisible();
  await expect(page.locator("strong", { hasText: "innen 1.12.2020" })).toBeVisible();
  await expectNoAxeViolations(page);
});
