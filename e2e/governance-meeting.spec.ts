// Issue 13's governance meetings: the adviser records a meeting with Statsforvalterens
// fellestjenester (participants and a point as rows added by keyboard-friendly buttons, a field
// error by the field), finalises it, downloads the minutes as PDF and DOCX; the agency's HR then
// reads the finalised minutes. axe on every new page. Tolerates records other runs have left.
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signIn } from "./ids";
import { docxText, normalise, pdfText } from "../tests/support/document-text";

const AGENCY = "Statsforvalterens fellestjenester";
const POINT = `Lage en plan for oppfølging av handlingsplanen ${Date.now()}`;

test("the adviser records and finalises a meeting; the agency's HR reads the minutes", async ({ page, browser, loginAs }) => {
  test.setTimeout(180_000);
  await loginAs("adviser");
  await page.getByRole("link", { name: "Etatsstyringsmøter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Etatsstyringsmøter" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: AGENCY }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Etatsstyringsmøter – ${AGENCY}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // A draft left by an earlier run is carried on; otherwise a new record is made.
  const newLink = page.getByRole("link", { name: "Nytt etatsstyringsmøte" });
  if (await newLink.isVisible()) {
    await newLink.click();
    await expect(page.getByRole("heading", { level: 1, name: `Nytt etatsstyringsmøte – ${AGENCY}` })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Lag referat" }).click();
  } else {
    await page.getByRole("row").filter({ hasText: "Utkast" }).getByRole("link").click();
  }
  await expect(page).toHaveURL(/\/moter\/[a-z0-9]+$/, { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1, name: /^Etatsstyringsmøte \d+\.\d+\.\d{4} – / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Underlag" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Participants: each added row takes the focus.
  const addParticipant = page.getByRole("button", { name: "Legg til deltaker" });
  const participants = page.getByRole("group", { name: /^Deltaker \d+$/ });
  const before = await participants.count();
  await addParticipant.click();
  await expect(page.getByLabel(`Navn, deltaker ${before + 1}`)).toBeFocused();
  await page.getByLabel(`Navn, deltaker ${before + 1}`).fill("Kari Nordmann");
  await page.getByLabel(`Rolle/tittel, deltaker ${before + 1}`).fill("Avdelingsdirektør");
  await page.getByLabel(`Part, deltaker ${before + 1}`).selectOption({ label: "Departementet" });
  await addParticipant.click();
  await page.getByLabel(`Navn, deltaker ${before + 2}`).fill("Ola Hansen");
  await page.getByLabel(`Rolle/tittel, deltaker ${before + 2}`).fill("HR-sjef");

  // A point, and an empty one refused by its field.
  const points = await page.getByRole("group", { name: /^Punkt \d+$/ }).count();
  const n = points + 1;
  await page.getByRole("button", { name: "Legg til punkt" }).click();
  await page.getByLabel(`Hva, punkt ${n}`).fill(POINT);
  await page.getByLabel(`Hvem, punkt ${n}`).fill("HR-sjefen");
  await page.getByLabel(`Frist, punkt ${n} (valgfri)`).fill("2031-06-01");
  await page.getByRole("button", { name: "Legg til punkt" }).click();
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("group", { name: `Punkt ${n + 1}` }).getByText("Skriv hva som er avtalt.")).toBeVisible();
  await page.getByRole("button", { name: `Fjern punkt ${n + 1}` }).click();
  await expect(page.getByRole("button", { name: "Legg til punkt" })).toBeFocused();

  // The sector plan's measure for the first meeting, when the newest published plan has it.
  const measure = page.getByRole("checkbox", { name: /^Tiltaket «.*» er gjennomført i dette møtet$/ });
  if (await measure.isVisible()) await measure.check();

  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Fastsett referat" }).click();
  await expect(page.getByText(/^Fastsatt \d+\.\d+\.\d{4}/).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("row").filter({ hasText: POINT })).toContainText("HR-sjefen (virksomheten)");
  await expect(page.getByRole("button", { name: "Gjenåpne referat" })).toBeVisible();
  await expectNoAxeViolations(page);
  const meetingUrl = page.url();

  // The minutes, as PDF and DOCX.
  const pdf = await page.request.get(`${new URL(meetingUrl).pathname.replace(/^/, "/api")}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const pdfContent = normalise((await pdfText(new Uint8Array(await pdf.body()))).text);
  for (const s of ["Referat fra etatsstyringsmøte", "Kari Nordmann", "Ola Hansen", POINT, "1.6.2031", AGENCY]) expect(pdfContent).toContain(s);
  const docx = await page.request.get(`${new URL(meetingUrl).pathname.replace(/^/, "/api")}/docx`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const docxContent = normalise(await docxText(new Uint8Array(await docx.body())));
  for (const s of ["Referat fra etatsstyringsmøte", "Kari Nordmann", POINT, "Avtalte punkter"]) expect(docxContent).toContain(s);

  // The agency's HR reads the finalised minutes from its menu.
  const hr = await (await browser.newContext()).newPage();
  await signIn(hr, "stafHr");
  await hr.getByRole("link", { name: "Etatsstyringsmøter" }).click();
  await expect(hr.getByRole("heading", { level: 1, name: `Etatsstyringsmøter – ${AGENCY}` })).toBeVisible();
  await expect(hr.getByRole("link", { name: "Nytt etatsstyringsmøte" })).toHaveCount(0);
  await expect(hr.getByRole("cell", { name: "Utkast" })).toHaveCount(0);
  await expectNoAxeViolations(hr);
  await hr.goto(new URL(meetingUrl).pathname);
  await expect(hr.getByRole("row").filter({ hasText: POINT })).toContainText("Ikke startet");
  await expect(hr.getByRole("button", { name: "Gjenåpne referat" })).toHaveCount(0);
  await expect(hr.getByRole("button", { name: "Lagre utkast" })).toHaveCount(0);
  await expectNoAxeViolations(hr);
  const hrPdf = await hr.request.get(`${new URL(meetingUrl).pathname.replace(/^/, "/api")}/pdf`);
  expect(hrPdf.status()).toBe(200);
  await hr.context().close();
});
