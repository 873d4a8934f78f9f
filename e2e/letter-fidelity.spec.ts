// The 2020 letters to DSS and Husbanken, downloaded from the app as PDF and DOCX, read as the
// real letters do (≥ 97 % similar after normalising white space).
import { expect, test } from "./fixtures";
import { docxText, normalise, pdfText, ratio, seed } from "../tests/support/document-text";

const LETTERS = [
  { role: "dssHr" as const, seedFile: "tillegg-2020-dss.txt", number: "Tillegg 3" },
  { role: "husbankenHr" as const, seedFile: "tillegg-2020-husbanken.txt", number: "Tillegg nr. 8" },
];

for (const letter of LETTERS) {
  test(`the ${letter.number} letter downloads as PDF and DOCX faithful to the real one`, async ({ page, loginAs }) => {
    await loginAs(letter.role);
    await page.getByRole("link", { name: "Brev og handlingsplan" }).click();
    const href = await page.getByRole("row").filter({ hasText: letter.number }).getByRole("link").first().getAttribute("href");
    const expected = normalise(seed(letter.seedFile).replace(/\*\*/g, ""));
    const pdf = await page.request.get(`/api${href}/pdf`);
    const docx = await page.request.get(`/api${href}/docx`);
    const pdfRatio = ratio(normalise((await pdfText(new Uint8Array(await pdf.body()))).text), expected);
    const docxRatio = ratio(normalise(await docxText(new Uint8Array(await docx.body()))), expected);
    console.log(`${letter.number}: PDF ${pdfRatio.toFixed(4)}, DOCX ${docxRatio.toFixed(4)}`);
    expect(pdfRatio).toBeGreaterThanOrEqual(0.97);
    expect(docxRatio).toBeGreaterThanOrEqual(0.97);
  });
}

test("each 2020 letter carries its own signatories: Valgdirektoratet's were an acting head of department and an adviser", async ({ page, loginAs }) => {
  await loginAs("valgHr");
  await page.getByRole("link", { name: "Brev og handlingsplan" }).click();
  await page.getByRole("row").filter({ hasText: "Tillegg nr. 4" }).getByRole("link").first().click();
  const letter = page.getByRole("article");
  await expect(letter.getByText("Ingvild Aasen (e.f.)")).toBeVisible();
  await expect(letter.getByText("fungerende ekspedisjonssjef")).toBeVisible();
  await expect(letter.getByText(/Jan Olav Pettersen|Benedikte Endresen/)).toHaveCount(0);
});

test("the letter form says what (e.f.) means: signed by authority, etter fullmakt", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.goto("/runder/ny");
  await expect(page.getByRole("checkbox", { name: "Signerer etter fullmakt (e.f.)" }).first()).toBeVisible();
  await expect(page.getByText(/Godkjent elektronisk/)).toHaveCount(0);
});
