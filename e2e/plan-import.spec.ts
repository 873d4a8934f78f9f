// HR imports its plan from a Word document (made here with the docx package): a renamed file is
// refused with the reason by the field, the review shows each element and the text that was not
// placed, a corrected field is kept, "Bruk som utkast" makes it the draft, and the original is the
// plan's attachment, downloaded as a file. Axe checks the import page, the review and the plan page.
import { docxOf, pdfOf, PNG_BYTES, SAMPLE_PLAN } from "../tests/support/plan-docx";
import { withDatabase } from "./db";
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
  // A text the plan cannot hold is refused by its field, and what was typed stays.
  const trainee = page.getByLabel("Vurdering av traineeprogrammet");
  await trainee.fill("x".repeat(5_001));
  await page.getByRole("button", { name: "Bruk som utkast" }).click();
  await expect(page.getByText("Et avsnitt eller punkt er for langt (høyst 5 000 tegn). Del det opp.")).toBeVisible();
  await expect(page.getByLabel("Kobling til virksomhetens mål og tjenesteproduksjon")).toHaveValue(corrected);
  await trainee.fill("Vi vil bruke traineeprogrammet for to stillinger som rådgiver.");
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

test("the adviser attaches a PDF to a sent letter, and the agency downloads it; the letter's text is unchanged", async ({ browser }) => {
  test.setTimeout(90_000);
  const { letter } = await ownPaths(browser, "htuHr");
  const adviser = await (await browser.newContext()).newPage();
  await signIn(adviser, "adviser");
  await adviser.goto(letter);
  const letterId = letter.split("/").pop()!;
  const letterRow = () => withDatabase(async (db) => (await db.query(`select body, version, status from "Letter" where id = $1`, [letterId])).rows[0] as unknown);
  const before = await letterRow();
  await expect(adviser.getByText("Brevet er sendt: et vedlegg du legger til nå, registreres ved brevet og endrer ikke brevteksten.")).toBeVisible();
  const name = `Veileder ${Date.now()}.pdf`;
  await adviser.getByLabel("Legg til vedlegg (PDF eller Word)").setInputFiles({ name, mimeType: "application/pdf", buffer: Buffer.from(await pdfOf("Veileder for inkluderingsdugnaden")) });
  await adviser.getByRole("button", { name: "Last opp" }).click();
  await expect(adviser.getByRole("status").filter({ hasText: `Vedlegget «${name}» er lagt til.` })).toBeVisible();
  await expect(adviser.getByRole("link", { name })).toBeVisible();
  // A sent letter's attachments stay: no delete button.
  await expect(adviser.getByRole("button", { name: new RegExp(`Slett ${name}`) })).toHaveCount(0);
  await expectNoAxeViolations(adviser);

  const hr = await (await browser.newContext()).newPage();
  await signIn(hr, "htuHr");
  await hr.goto(letter);
  const link = hr.getByRole("link", { name });
  await expect(link).toBeVisible();
  const file = await hr.request.get((await link.getAttribute("href"))!);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect((await file.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // The letter itself is as it was sent (HR's opening it marks it read; its text and version stay).
  const after = (await letterRow()) as { body: string; version: number };
  expect({ body: after.body, version: after.version }).toEqual({ body: (before as { body: string }).body, version: (before as { version: number }).version });
});
