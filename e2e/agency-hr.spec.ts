// Journeys 2 and 3: agency HR reads its letter, writes and submits the plan, reports hires.
import { expect, expectNoAxeViolations, test } from "./fixtures";

const ELEMENTS = [
  ["Utfordringer og muligheter", "Få søkere fra målgruppen; samarbeid med NAV kan gi flere."],
  ["Tiltak", "Alle ledere tar DFØs kurs i mangfoldsrekruttering innen juni."],
  ["Mål", "Kort sikt: minst én tilsetting i målgruppen i 2021. Lang sikt: 5 % innen 2023."],
  ["Kobling til virksomhetens mål og tjenesteproduksjon", "Mangfold gir bedre tjenester til departementene."],
  ["Ansvarsfordeling", "Direktøren eier målet; HR følger opp; lederne rekrutterer."],
  ["Vurdering av traineeprogrammet", "Vi vil bruke programmet for to rådgiverstillinger i 2021."],
] as const;

test("HR reads the letter, saves a partial draft, and submits the complete plan", async ({ page, loginAs }) => {
  await loginAs("dssHr");
  await expect(page).toHaveURL(/\/brev$/);
  await expect(page.getByRole("heading", { name: "Brev fra departementet" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The letter, unread until opened.
  const row = page.getByRole("row").filter({ hasText: "Tillegg 3" });
  await expect(row).toContainText("Ulest");
  await row.getByRole("link", { name: /Tildelingsbrev 2020 Tillegg 3/ }).click();
  await expect(page.getByRole("article").getByText("19/4649-79")).toBeVisible();
  await expect(page.getByText("30. oktober 2020")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "← Tilbake" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Tillegg 3" })).not.toContainText("Ulest");

  await page.getByRole("row").filter({ hasText: "Tillegg 3" }).getByRole("link", { name: "Åpne handlingsplanen" }).click();
  await expect(page.getByRole("heading", { name: /Handlingsplan for inkluderingsdugnaden – Departementenes/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // A partial draft saves.
  await page.getByLabel(ELEMENTS[0][0]).fill(ELEMENTS[0][1]);
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByText(/Utkastet er lagret kl\. \d\d[.:]\d\d\./)).toBeVisible();

  // Submitting names each missing element, and keeps what was typed.
  await page.getByRole("button", { name: "Send inn planen" }).click();
  await expect(page.getByText("Før du kan sende inn planen må du rette dette:")).toBeVisible();
  await expect(page.getByRole("link", { name: "«Mål» må fylles ut før planen sendes inn." })).toBeVisible();
  await expect(page.getByRole("link", { name: "«Vurdering av traineeprogrammet» må fylles ut før planen sendes inn." })).toBeVisible();
  await expect(page.getByLabel(ELEMENTS[0][0])).toHaveValue(ELEMENTS[0][1]);
  await expectNoAxeViolations(page);

  // The draft survives a reload.
  await page.reload();
  await expect(page.getByLabel(ELEMENTS[0][0])).toHaveValue(ELEMENTS[0][1]);

  for (const [label, text] of ELEMENTS) await page.getByLabel(label, { exact: true }).fill(text);
  await page.getByRole("button", { name: "Send inn planen" }).click();
  await expect(page.getByText("Planen er sendt inn og kan ikke endres.")).toBeVisible();
  await expect(page.getByText("Sendt inn", { exact: true })).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByText(ELEMENTS[5][1])).toBeVisible();
  await expectNoAxeViolations(page);
});

test("HR reports the year's hires with errors next to the fields, and revises them", async ({ page, loginAs }) => {
  await loginAs("husbankenHr");
  await page.getByRole("link", { name: "Nytilsettinger" }).click();
  await expect(page.getByRole("heading", { name: "Nytilsettinger – Husbanken" })).toBeVisible();
  await expectNoAxeViolations(page);

  const nextYear = String(new Date().getFullYear() + 1);
  await page.getByLabel("År", { exact: true }).fill(nextYear);
  await page.getByLabel("Nytilsatte i faste stillinger").fill("-3");
  await page.getByLabel("Av disse: i målgruppen").first().fill("2,5");
  await page.getByLabel("Nytilsatte i midlertidige stillinger").fill("4");
  await page.getByLabel("Av disse: i målgruppen").last().fill("5");
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
  await page.getByLabel("Av disse: i målgruppen").first().fill("2");
  await page.getByLabel("Nytilsatte i midlertidige stillinger").fill("1");
  await page.getByLabel("Av disse: i målgruppen").last().fill("0");
  await page.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(page.getByText(`Tallene for ${year} er lagret.`)).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: year }) });
  await expect(row).toContainText("19");
  await expect(row).toContainText("10,5 %");

  // Revise the year.
  await row.getByRole("link", { name: /Endre/ }).click();
  await expect(page.getByLabel("Nytilsatte i faste stillinger")).toHaveValue("18");
  await page.getByLabel("Av disse: i målgruppen").first().fill("1");
  await page.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(page.getByText(`Tallene for ${year} er lagret.`)).toBeVisible();
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: year }) })).toContainText("5,3 %");
});
