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
