// HR imports its plan from a Word document (made here with the docx package): a renamed file is
// refused with the reason by the field, the review shows each element and the text that was not
// placed, a corrected field is kept, "Bruk som utkast" makes it the draft, and the original is the
// plan's attachment, downloaded as a file. Axe checks the import page, the review and the plan page.
import { docxOf, PNG_BYTES, SAMPLE_PLAN } from "../tests/support/plan-docx";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { ownPaths, signIn } from "./ids";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

test("HR imports its plan from Word, corrects it, and keeps the original as an attachment", async ({ browser }) => {
  test.setTimeout(120_000);
  const { plan } = await ownPaths(browser, "htuHr");
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "htuHr");
  await page.goto(plan);
  await page.getByRole("link", { name: "Importer fra Word" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Importer plan fra Word/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // A PNG called .docx is refused by what it is, next to the field.
  const fileField = page.getByLabel("Word-dokument (.docx) med planen");
  await fileField.setInputFiles({ name: "handlingsplan.docx", mimeType: DOCX_TYPE, buffer: Buffer.from(PNG_BYTES) });
  await page.getByRole("button", { name: "Les dokumentet" }).click();
  await expect(page.getByText("Filen er verken en PDF eller et Word-dokument (.docx), uansett hva den heter.")).toBeVisible();
  await expect(fileField).toHaveAttribute("aria-invalid", "true");

  const name = `Handlingsplan HTU ${Date.now()}.docx`;
  await fileField.setInputFiles({ name, mimeType: DOCX_TYPE, buffer: Buffer.from(await docxOf(SAMPLE_PLAN)) });
  await page.getByRole("button", { name: "Les dokumentet" }).click();
  await expect(page.getByRole("heading", { name: "Kontroller og rett teksten" })).toBeVisible();
  await expect(page.getByText("Overskriften «Vedlegg» hører ikke til noe element.")).toBeVisible();
  await expect(page.getByLabel("Tiltak", { exact: true })).toHaveValue(/- Samarbeid med NAV om praksisplasser/);
  await expect(page.getByLabel("Tekst som ikke ble plassert")).toHaveValue(/Statistikk for 2020 ligger i årsrapporten/);
  await expectNoAxeViolations(page);

  const corrected = "Mangfold i Husleietvistutvalget gir bedre avgjørelser for leiere og utleiere.";
  await page.getByLabel("Kobling til virksomhetens mål og tjenesteproduksjon").fill(corrected);
  await page.getByRole("button", { name: "Bruk som utkast" }).click();

  // The plan page: the draft holds the import, with the correction, and the original is attached.
  await page.waitForURL((url) => url.pathname === plan);
  await expect(page.getByLabel("Beskriv koblingen")).toHaveValue(corrected);
  await expect(page.getByLabel("Tiltak 2", { exact: true })).toHaveValue("Samarbeid med NAV om praksisplasser");
  await expect(page.getByLabel("Hvem, rad 1")).toHaveValue("Toppleder");
  const original = page.getByRole("link", { name });
  await expect(original).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: original })).toContainText("originalen planen er importert fra");

  const href = await original.getAttribute("href");
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe(DOCX_TYPE);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="Handlingsplan HTU \d+\.docx"/);
  const body = await download.body();
  // The Word document as it was uploaded: a ZIP archive.
  expect(body.subarray(0, 2).toString("latin1")).toBe("PK");

  // An attachment with the wrong content is refused by the field, whatever its name says.
  await page.getByLabel("Legg til vedlegg (PDF eller Word)").setInputFiles({ name: "skjema.pdf", mimeType: "application/pdf", buffer: Buffer.from(PNG_BYTES) });
  await page.getByRole("button", { name: "Last opp" }).click();
  await expect(page.getByText("Filen er verken en PDF eller et Word-dokument (.docx), uansett hva den heter.")).toBeVisible();
  await expect(page.getByRole("link", { name: "skjema.pdf" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
