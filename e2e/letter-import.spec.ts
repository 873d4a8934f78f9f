// Importing letters the ministry sent before Dugnad: the adviser pastes a scan's damaged text (the
// DSS letter of 2020), corrects what is flagged, and saves; then uploads a PDF (the Husbanken letter
// as the app renders it). Each saved letter is in its round. axe on both steps of the import page.
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { withDatabase } from "./db";
import { createOwnAgency } from "./own-agency";
import { seed } from "../tests/support/document-text";
import { ocrDamage } from "../tests/support/ocr-damage";
import { renderLetterPdf } from "../lib/documents/letter-pdf";
import { DSS_2020_LETTER, HUSBANKEN_2020_LETTER } from "../tests/fixtures/letters-2020-data";

/** A Vår ref no other run or spec uses. */
// Two axe scans and two saves on a busy machine: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const freshRef = () => `${String(Date.now()).slice(-2)}/${String(Date.now()).slice(-6)}-${Math.floor(Math.random() * 9000) + 1}`;

test("the adviser imports a scanned letter: damaged text recognised, flagged fields corrected, saved as sent in a new round", async ({ page, loginAs }) => {
  // The letter is saved for an agency of this test's own, so DSS's inbox stays as other specs expect it.
  const { agencyName } = await createOwnAgency({ requiresLeaderApproval: false, approved: false });
  await loginAs("adviser");
  await page.goto("/runder");
  await page.getByRole("link", { name: "Importer sendt brev" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importer et brev som er sendt" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Eller: teksten fra en skanning").fill(ocrDamage(seed("tillegg-2020-dss.txt")));
  await page.getByRole("button", { name: "Les brevet" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2. Kontroller brevet og lagre" })).toBeFocused();

  // The damaged text gave the right agency, reference, date, title, deadline and signatories.
  await expect(page.getByLabel("Virksomhet").locator("option:checked")).toHaveText("Departementenes sikkerhets- og serviceorganisasjon");
  await expect(page.getByLabel("Vår ref", { exact: true })).toHaveValue("19/4649-79");
  await expect(page.getByText("Noen tegn var feillest (for eksempel O for 0) og er rettet – kontroller.")).toBeVisible();
  await expect(page.getByLabel("Brevets dato", { exact: true })).toHaveValue("2020-10-30");
  await expect(page.getByLabel("Frist for handlingsplan")).toHaveValue("2020-12-01");
  await expect(page.getByLabel("Tittel", { exact: true })).toHaveValue(DSS_2020_LETTER.title);
  await expect(page.getByLabel("Brevnummer")).toHaveValue("Tillegg 3");
  await expect(page.getByLabel("Tittel, signatar 1")).toHaveValue("ekspedisjonssjef");
  await expect(page.getByRole("checkbox", { name: "Signerer etter fullmakt (e.f.)" }).first()).toBeChecked();
  // The body is kept as scanned, flagged for correction.
  const body = page.getByLabel("Brevtekst", { exact: true });
  await expect(page.getByText(/Rett teksten før du lagrer/)).toBeVisible();
  await expect(body).not.toHaveValue(/målgruppen/);
  await expectNoAxeViolations(page);

  // The demo already holds this letter (it came in with the seed): saving is refused by the reference.
  await page.getByRole("radio", { name: "En ny runde for brevet" }).check();
  const roundTitle = `Importert ${Date.now()}`;
  await page.getByLabel("Tittel på den nye runden").fill(roundTitle);
  await page.getByRole("button", { name: "Lagre brevet som sendt" }).click();
  await expect(page.getByText("Departementet har allerede et brev med denne Vår ref. Kontroller referansen.")).toBeVisible();
  await expect(page.getByLabel("Vår ref", { exact: true })).toHaveAttribute("aria-invalid", "true");
  // Typed values are kept; the adviser corrects the reference and the flagged body.
  await expect(page.getByLabel("Tittel på den nye runden")).toHaveValue(roundTitle);
  const ourRef = freshRef();
  await page.getByLabel("Vår ref", { exact: true }).fill(ourRef);
  await page.getByLabel("Virksomhet").selectOption({ label: agencyName });
  await page.getByRole("button", { name: "Bytt inn forslagene i brevteksten" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Forslagene er satt inn" })).toBeVisible();
  await body.fill(DSS_2020_LETTER.body);
  await page.getByRole("button", { name: "Lagre brevet som sendt" }).click();

  // The round page: the letter is there, sent.
  await expect(page.getByRole("heading", { level: 1, name: roundTitle })).toBeVisible({ timeout: 15_000 });
  const row = page.getByRole("table").getByRole("row").filter({ hasText: agencyName });
  await expect(row).toContainText(ourRef);
  const stored = await withDatabase(async (db) =>
    (await db.query(`select status, to_char("sentAt", 'YYYY-MM-DD') as sent, "importedFrom", body from "Letter" where "ourRef" = $1`, [ourRef])).rows[0] as Record<string, string>,
  );
  expect(stored).toEqual({ status: "SENT", sent: "2020-10-30", importedFrom: "text", body: DSS_2020_LETTER.body });
});

test("the adviser imports a letter from a PDF", async ({ page, loginAs }) => {
  const ourRef = freshRef();
  // Saved for an agency of this test's own, so Husbanken's inbox stays as other specs expect it.
  const { agencyName } = await createOwnAgency({ requiresLeaderApproval: false, approved: false });
  const pdf = await renderLetterPdf({ ...HUSBANKEN_2020_LETTER, ourRef });
  await loginAs("adviser");
  await page.goto("/runder/importer");
  await page.getByLabel("Brevet som PDF").setInputFiles({ name: "tillegg-8-husbanken.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
  await page.getByRole("button", { name: "Les brevet" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2. Kontroller brevet og lagre" })).toBeVisible();
  await expect(page.getByLabel("Virksomhet").locator("option:checked")).toHaveText("Husbanken");
  await expect(page.getByLabel("Vår ref", { exact: true })).toHaveValue(ourRef);
  await expect(page.getByLabel("Brevets dato", { exact: true })).toHaveValue("2020-11-04");
  await expect(page.getByLabel("Tittel", { exact: true })).toHaveValue(HUSBANKEN_2020_LETTER.title);
  await expect(page.getByLabel("Navn, signatar 2")).toHaveValue("Marie Brun Landmark");
  await expect(page.getByLabel("Saksbehandler", { exact: true })).toHaveValue("Marie Brun Landmark");
  await page.getByLabel("Virksomhet").selectOption({ label: agencyName });
  await page.getByRole("radio", { name: "En ny runde for brevet" }).check();
  const roundTitle = `Importert PDF ${Date.now()}`;
  await page.getByLabel("Tittel på den nye runden").fill(roundTitle);
  await page.getByRole("button", { name: "Lagre brevet som sendt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: roundTitle })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: agencyName })).toContainText(ourRef);
  const importedFrom = await withDatabase(async (db) => (await db.query(`select "importedFrom" from "Letter" where "ourRef" = $1`, [ourRef])).rows[0]?.importedFrom);
  expect(importedFrom).toBe("pdf: tillegg-8-husbanken.pdf");
});

test("a file that is not a PDF is refused by its content, next to the field", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.goto("/runder/importer");
  await page.getByLabel("Brevet som PDF").setInputFiles({ name: "brev.pdf", mimeType: "application/pdf", buffer: Buffer.from("Vår ref 20/56-69") });
  await page.getByRole("button", { name: "Les brevet" }).click();
  await expect(page.getByText("Filen er ikke en PDF. Last opp brevet som PDF, eller lim inn teksten.")).toBeVisible();
  await expect(page.getByLabel("Brevet som PDF")).toHaveAttribute("aria-invalid", "true");
});

test("agency HR cannot open the import", async ({ page, loginAs }) => {
  await loginAs("husbankenHr");
  const response = await page.goto("/runder/importer");
  expect(response?.status()).toBe(404);
});
