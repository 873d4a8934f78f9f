// Journey 1: the KMD adviser follows the 2020 round and issues a new one.
import { expect, expectNoAxeViolations, test } from "./fixtures";

test("the round overview lists every agency with its letter and plan status, overdue marked", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await expect(page).toHaveURL(/\/runder$/);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Handlingsplan for inkluderingsdugnaden", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Handlingsplan for inkluderingsdugnaden (2020)" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(12); // header + 11 agencies
  const dss = rows.filter({ hasText: "Departementenes sikkerhets- og serviceorganisasjon" });
  await expect(dss).toContainText("19/4649-79");
  await expect(dss).toContainText("Over fristen");
  const kartverket = rows.filter({ hasText: "Statens kartverk" });
  await expect(kartverket).toContainText("Sendt inn");
  await expect(kartverket).not.toContainText("Over fristen");
  await expectNoAxeViolations(page);

  // Read a letter.
  await rows.filter({ hasText: "Husbanken" }).getByRole("link", { name: /Tillegg nr\. 8/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Tillegg nr\. 8 til tildelingsbrev 2020 til Husbanken/ })).toBeVisible();
  await expect(page.getByText("20/56-69")).toBeVisible();
  await expect(page.getByText("4. november 2020")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "ha tydelig ansvarsfordeling" })).toBeVisible();
  await expect(page.locator("strong", { hasText: "innen 1.12.2020" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a new round creates one letter per chosen agency", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.getByRole("link", { name: "Ny runde" }).click();
  await expect(page.getByRole("heading", { name: /Ny runde/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing chosen, no deadline: errors next to the fields, typed text kept.
  for (const box of await page.getByRole("checkbox").all()) await box.uncheck();
  await page.getByLabel("Saksnummer").fill("27/310");
  await page.getByRole("button", { name: "Opprett runde og send brev" }).click();
  await expect(page.getByText("Velg minst én virksomhet.")).toBeVisible();
  await expect(page.getByText("Fyll inn feltet.")).toBeVisible();
  await expect(page.getByLabel("Saksnummer")).toHaveValue("27/310");
  await expectNoAxeViolations(page);

  const nextYear = new Date().getFullYear() + 1;
  await page.getByLabel("Tittel").fill(`Oppfølging av handlingsplanen ${nextYear}`);
  await page.getByLabel("Frist for handlingsplan").fill(`${nextYear}-03-01`);
  await page.getByLabel("Statsbygg", { exact: true }).check();
  await page.getByLabel("Valgdirektoratet", { exact: true }).check();
  await page.getByRole("button", { name: "Opprett runde og send brev" }).click();

  await expect(page.getByRole("heading", { name: new RegExp(`Oppfølging av handlingsplanen ${nextYear}`) })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "Statsbygg" })).toContainText("27/310-");
  await expect(rows.filter({ hasText: "Valgdirektoratet" })).toContainText("Ikke påbegynt");
  await expect(page.getByText("Over fristen")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The letter has the agency's name filled in.
  await rows.filter({ hasText: "Valgdirektoratet" }).getByRole("link").first().click();
  await expect(page.getByText("KMD ber Valgdirektoratet om å utarbeide en handlingsplan")).toBeVisible();
  await expectNoAxeViolations(page);
});
