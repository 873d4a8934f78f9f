// Journeys 2 and 3: agency HR reads its letter, writes and submits the plan, reports hires.
import { expect, expectNoAxeViolations, test } from "./fixtures";

test("HR reports the year's hires with errors next to the fields, and revises them", async ({ page, loginAs }) => {
  await loginAs("husbankenHr");
  await page.getByRole("link", { name: "Nytilsettinger" }).click();
  await expect(page.getByRole("heading", { name: "Nytilsettinger – Husbanken" })).toBeVisible();
  await expectNoAxeViolations(page);

  const nextYear = String(new Date().getFullYear() + 1);
  await page.getByLabel("År", { exact: true }).fill(nextYear);
  await page.getByLabel("Nytilsatte i faste stillinger").fill("-3");
  await page.getByLabel("Av disse: i målgruppen", { exact: true }).first().fill("2,5");
  await page.getByLabel("Nytilsatte i midlertidige stillinger").fill("4");
  await page.getByLabel("Av disse: i målgruppen", { exact: true }).last().fill("5");
  await page.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(page.getByText("Du kan ikke rapportere for et år som ikke er begynt.")).toBeVisible();
  await expect(page.getByText("Tallet kan ikke være negativt.")).toBeVisible();
  await expect(page.getByText("Skriv et helt tall, for eksempel 12.")).toBeVisible();
  await expect(page.getByText("Kan ikke være flere enn nytilsatte totalt i samme stillingstype.")).toBeVisible();
  await expect(page.getByLabel("Nytilsatte i faste stillinger")).toHaveValue("-3");
  await expect(page.getByLabel("Nytilsatte i faste stillinger")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  // Last year's figures: DFØ's example, 18 + 1 hires with 2 in the target group.
  const year = String(new Date().getFullYear() - 1);
  await page.getByLabel("År", { exact: true }).fill(year);
  await page.getByLabel("Nytilsatte i faste stillinger").fill("18");
  await page.getByLabel("Av disse: i målgruppen", { exact: true }).first().fill("2");
  await page.getByLabel("Nytilsatte i midlertidige stillinger").fill("1");
  await page.getByLabel("Av disse: i målgruppen", { exact: true }).last().fill("0");
  await page.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(page.getByText(`Tallene for ${year} er lagret.`)).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: year }) });
  await expect(row).toContainText("19");
  await expect(row).toContainText("10,5 %");
  // The year's text for chapter IV of the annual report (e2e/annual-report.spec.ts edits one).
  await page.getByRole("link", { name: `Årsrapport ${year}, kapittel IV` }).click();
  await expect(page.getByText(`Husbanken hadde 19 nytilsatte i ${year}: 18 i faste stillinger og 1 i midlertidig stilling.`)).toBeVisible();
  await expect(page.getByText(/en andel på 10,5\s%\./)).toBeVisible();
  await page.goto("/tall");

  // Revise the year.
  await row.getByRole("link", { name: /Endre/ }).click();
  await expect(page.getByLabel("Nytilsatte i faste stillinger")).toHaveValue("18");
  await expect(page.getByText(`Slik telles det for ${year}`)).toBeVisible();
  await page.getByLabel("Av disse: i målgruppen", { exact: true }).first().fill("1");
  await page.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(page.getByText("Skriv hvorfor tallene endres.")).toBeVisible();
  await page.getByLabel("Hvorfor endres tallene?").fill("En person var registrert feil.");
  await page.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(page.getByText(`Tallene for ${year} er lagret.`)).toBeVisible();
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: year }) })).toContainText("5,3 %");
  // The history keeps who changed what, and why.
  const history = page.getByRole("table", { name: /Endringer i tallene/ });
  await expect(history.getByRole("row").nth(1)).toContainText("En person var registrert feil.");
  await expect(history.getByRole("row").nth(1)).toContainText("19 nytilsatte, 2 i målgruppen");
  await expect(history.getByRole("row").nth(1)).toContainText("19 nytilsatte, 1 i målgruppen");
  await expectNoAxeViolations(page);
});
