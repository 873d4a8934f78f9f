// Issue 4's journey: HR writes and submits the plan, the adviser comments and asks for changes,
// HR revises and resubmits, the adviser compares versions 1 and 2 and approves.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

let planPath = "";

async function waitForSave(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /Lagret kl\. \d\d[.:]\d\d/ })).toBeVisible({ timeout: 15_000 });
}

test("DSS HR opens the letter and writes the plan, saved as it types", async ({ page, loginAs }) => {
  test.setTimeout(90_000);
  await loginAs("dssHr");
  await page.getByRole("link", { name: "Brev og handlingsplan" }).click();
  const row = page.getByRole("row").filter({ hasText: "Tillegg 3" });
  await row.getByRole("link", { name: /Tildelingsbrev 2020 Tillegg 3/ }).click();
  await expect(page.getByRole("article").getByText("19/4649-79")).toBeVisible();
  await expect(page.getByText("30. oktober 2020")).toBeVisible();
  await page.getByRole("link", { name: "← Tilbake" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Tillegg 3" })).not.toContainText("Ulest");
  await page.getByRole("row").filter({ hasText: "Tillegg 3" }).getByRole("link", { name: "Åpne handlingsplanen" }).click();
  await expect(page.getByRole("heading", { name: /Handlingsplan for inkluderingsdugnaden – Departementenes/ })).toBeVisible();
  planPath = new URL(page.url()).pathname;
  await expectNoAxeViolations(page);

  // A partial draft saves itself.
  await page.getByRole("button", { name: "Legg til utfordring" }).click();
  await page.getByLabel("Utfordring 1", { exact: true }).fill("Få søkere i målgruppen til driftsstillinger.");
  await waitForSave(page);

  // Submitting shows what is missing, per element, and keeps what was typed.
  await page.getByRole("button", { name: "Send inn planen" }).click();
  await expect(page.getByText("Før du kan sende inn planen må du rette dette:")).toBeVisible();
  await expect(page.getByRole("link", { name: "Legg inn minst ett tiltak." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Velg om virksomheten vil bruke traineeprogrammet." })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing typed is lost on a reload.
  await page.reload();
  await expect(page.getByLabel("Utfordring 1", { exact: true })).toHaveValue("Få søkere i målgruppen til driftsstillinger.");

  await page.getByLabel("Muligheter, utfordring 1").fill("Samarbeid med NAV om kandidater.");
  await page.getByRole("button", { name: "Legg til tiltak" }).click();
  await page.getByLabel("Tiltak 1", { exact: true }).fill("Alle utlysninger oppfordrer målgruppen til å søke.");
  await page.getByLabel("Eier, tiltak 1").fill("HR-sjef");
  await page.getByLabel("Frist, tiltak 1").fill("2021-03-01");
  await page.getByRole("button", { name: "Legg til kortsiktig mål" }).click();
  await page.getByLabel("Mål 1", { exact: true }).fill("Minst én tilsetting i målgruppen i 2021.");
  await page.getByRole("button", { name: "Legg til langsiktig mål" }).click();
  await page.getByLabel("Mål 2", { exact: true }).fill("5 % av nytilsatte.");
  await page.getByLabel("Beskriv koblingen").fill("Mangfold gir bedre tjenester til departementene.");
  await page.getByRole("button", { name: "Legg til rad" }).click();
  await page.getByLabel("Hvem, rad 1").fill("Direktøren");
  await page.getByLabel("Ansvar, rad 1").fill("Eier målet og følger opp planen.");
  await page.getByLabel("Vil ikke bruke programmet nå").check();
  await page.getByLabel("Begrunnelse (må fylles ut)").fill("Ingen ledige stillinger som passer i 2021.");
  await waitForSave(page);
  await page.getByRole("button", { name: "Send inn planen" }).click();
  await expect(page.getByText("Planen er sendt inn og kan ikke endres mens departementet går gjennom den.")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("link", { name: "Versjon 1", exact: true })).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the adviser comments on the plan and asks for changes", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.goto(planPath);
  await page.getByRole("link", { name: /Gå gjennom versjon 1/ }).click();
  await expect(page.getByRole("heading", { name: /Gjennomgang: .*versjon 1/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Be om endringer" }).click();
  await expect(page.getByText("Skriv hva virksomheten skal endre.")).toBeVisible();
  await page.getByLabel("Kommentar til Mål").fill("Det langsiktige målet trenger en dato.");
  await page.getByLabel("Melding til virksomheten").fill("Legg inn dato for målene og send inn igjen.");
  await page.getByRole("button", { name: "Be om endringer" }).click();
  await expect(page.getByText("Endringer etterspurt").first()).toBeVisible();
  await expect(page.getByText("ba om endringer")).toBeVisible();
});

test("DSS HR sees the comments next to the elements, revises and resubmits", async ({ page, loginAs }) => {
  await loginAs("dssHr");
  await page.goto(planPath);
  await expect(page.getByText("Departementet har bedt om endringer i versjon 1.")).toBeVisible();
  await expect(page.getByText("Det langsiktige målet trenger en dato.")).toBeVisible();
  await expect(page.getByText("Legg inn dato for målene og send inn igjen.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Dato, mål 2").fill("2023-12-31");
  await page.getByLabel("Målbart mål, mål 2").fill("5 % av nytilsatte");
  await waitForSave(page);
  await page.getByRole("button", { name: "Send inn planen" }).click();
  await expect(page.getByRole("link", { name: "Versjon 2", exact: true })).toBeVisible({ timeout: 15_000 });
  // Version 1 stays as it was sent in.
  await page.getByRole("link", { name: "Versjon 1", exact: true }).click();
  await expect(page.getByRole("heading", { name: /versjon 1$/ })).toBeVisible();
  await expect(page.getByText("31.12.2023")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the adviser compares versions 1 and 2 and approves", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.goto(planPath);
  await page.getByRole("link", { name: "Se endringene i siste versjon" }).click();
  await expect(page.getByRole("heading", { name: /versjon 1 og 2/ })).toBeVisible();
  await expect(page.locator("ins").filter({ hasText: "31.12.2023" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "← Tilbake til planen" }).click();
  await page.getByRole("link", { name: /Gå gjennom versjon 2/ }).click();
  await page.getByRole("button", { name: "Godkjenn planen" }).click();
  await expect(page.getByText("Godkjent").first()).toBeVisible();
  await expect(page.getByText("godkjente planen")).toBeVisible();
  const pdf = await page.request.get(await page.getByRole("link", { name: "PDF av versjon 2" }).getAttribute("href").then((h) => h!));
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await expectNoAxeViolations(page);
});

test("the plan editor works with the keyboard alone", async ({ page, loginAs }) => {
  await loginAs("husbankenHr");
  await page.getByRole("link", { name: "Brev og handlingsplan" }).click();
  await page.getByRole("link", { name: "Åpne handlingsplanen" }).first().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /Handlingsplan for inkluderingsdugnaden – Husbanken/ })).toBeVisible();
  // Tab to "Legg til kortsiktig mål" and add a goal; focus lands in the new row.
  const add = page.getByRole("button", { name: "Legg til langsiktig mål" });
  for (let i = 0; i < 200 && !(await add.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(add).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(":focus")).toBeVisible();
  // Find the new goal's text field by tabbing, and type into it.
  const goal = page.getByLabel("Mål 2", { exact: true });
  for (let i = 0; i < 10 && !(await goal.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(goal).toBeFocused();
  await page.keyboard.type("5 % av nytilsatte innen 2023.");
  await waitForSave(page);
  await page.reload();
  await expect(page.getByLabel("Mål 2", { exact: true })).toHaveValue("5 % av nytilsatte innen 2023.");

  // A new agency goal has focus as it appears; removing it puts focus back on the button.
  const addAgencyGoal = page.getByRole("button", { name: "Legg til mål fra virksomheten" });
  const before = await page.getByLabel(/^Virksomhetens mål \d+$/).count();
  await addAgencyGoal.focus();
  await page.keyboard.press("Enter");
  const added = page.getByLabel(`Virksomhetens mål ${before + 1}`, { exact: true });
  await expect(added).toBeFocused();
  await page.keyboard.type("Effektiv drift");
  await expect(added).toHaveValue("Effektiv drift");
  await page.getByRole("button", { name: `Fjern virksomhetens mål ${before + 1}` }).click();
  await expect(added).toHaveCount(0);
  await expect(addAgencyGoal).toBeFocused();
});
