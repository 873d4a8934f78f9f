// Fidelity of the generated letters: the text of the PDF and the DOCX against the text extracted
// from the ministry's real letters (tests/fixtures/seeds/), and what a reader checks.
import { describe, expect, it } from "vitest";
import type { LetterDocumentData } from "@/lib/documents/letter-data";
import { renderLetterDocx } from "@/lib/documents/letter-docx";
import { renderLetterPdf } from "@/lib/documents/letter-pdf";
import { DSS_2020_LETTER, HUSBANKEN_2020_LETTER } from "../fixtures/letters-2020-data";
import { docxHtml, docxText, normalise, pdfText, ratio, seed, zipEntry } from "../support/document-text";

const cases: [string, LetterDocumentData, string, string][] = [
  ["DSS", DSS_2020_LETTER, "tillegg-2020-dss.txt", "30. oktober 2020"],
  ["Husbanken", HUSBANKEN_2020_LETTER, "tillegg-2020-husbanken.txt", "4. november 2020"],
];

describe.each(cases)("the 2020 letter to %s", (name, data, seedFile, date) => {
  // The seed marks bold as **…**; that is markup, not the letter's text.
  const expected = normalise(seed(seedFile).replace(/\*\*/g, ""));

  it("PDF: text matches the real letter (ratio ≥ 0.97), footer at the end of page 1", async () => {
    const pdf = await pdfText(await renderLetterPdf(data));
    const actual = normalise(pdf.text);
    const r = ratio(actual, expected);
    console.log(`${name} PDF similarity ratio: ${r.toFixed(4)} (${pdf.pages} pages)`);
    expect(r).toBeGreaterThanOrEqual(0.97);
    expect(actual).toContain(`Vår ref ${data.ourRef}`.replace("Vår ref", "Vår ref Dato"));
    expect(actual).toContain(date);
    expect(actual).toContain("Vi ber om å få tilsendt virksomhetens handlingsplan innen 1.12.2020.");
    expect(actual).toContain(`${data.signatories[0]!.name} (e.f.) ${data.signatories[0]!.title}`);
    expect(actual).toContain(`${data.signatories[1]!.name} ${data.signatories[1]!.title}`);
    expect(actual).toMatch(/følgende\W{1,3}Postadresse .* Saksbehandler .* - identifisere/);
    expect(actual.endsWith("Kopi Riksrevisjonen")).toBe(true);
    // The deadline is bold where the body marks it so (Husbanken): the title's font.
    const fontOf = (s: string) => pdf.items.find((i) => i.str.includes(s))?.fontName;
    if (data.body.includes("**innen 1.12.2020**")) expect(fontOf("innen 1.12.2020")).toBe(fontOf(data.title.slice(0, 20)));
    expect(pdf.info).toMatchObject({ Title: data.title, Author: "Kommunal- og moderniseringsdepartementet" });
  });

  it("DOCX: text matches the real letter (ratio ≥ 0.97), with headings, list and nb-NO", async () => {
    const bytes = await renderLetterDocx(data);
    const actual = normalise(await docxText(bytes));
    const r = ratio(actual, expected);
    console.log(`${name} DOCX similarity ratio: ${r.toFixed(4)}`);
    expect(r).toBeGreaterThanOrEqual(0.97);
    expect(actual).toContain(data.ourRef);
    expect(actual).toContain(date);
    expect(actual).toContain("Vi ber om å få tilsendt virksomhetens handlingsplan innen 1.12.2020.");
    expect(actual).toContain(`${data.signatories[0]!.name} (e.f.) ${data.signatories[0]!.title}`);
    expect(actual).toMatch(/følgende\W{1,3}Postadresse .* Saksbehandler .* identifisere/);
    const html = await docxHtml(bytes);
    expect(html).toContain(`<h1>${data.title}</h1>`);
    expect(html).toMatch(/<h2>1\. (Innledning|INNLEDNING)<\/h2>/);
    expect(html).toMatch(/<ul><li>identifisere/);
    if (data.body.includes("**innen 1.12.2020**")) expect(html).toContain("<strong>innen 1.12.2020</strong>");
    expect(zipEntry(bytes, "word/styles.xml")).toContain('<w:lang w:val="nb-NO"/>');
    expect(zipEntry(bytes, "docProps/core.xml")).toContain(`<dc:title>${data.title}</dc:title>`);
  });
});
