// Fidelity of the sector plan's documents: the text of the page, the PDF and the DOCX rendered
// from the demo data against the seed document (tests/fixtures/seeds/sektorplan-2021.txt).
import { describe, expect, it } from "vitest";
import { renderSectorPlanDocx } from "@/lib/documents/sector-plan-docx";
import { renderSectorPlanPdf } from "@/lib/documents/sector-plan-pdf";
import { sectorPlanPlainText } from "@/lib/domain/sector-plan-text";
import { SECTOR_PLAN_2021 } from "../../prisma/seed-data/sector-plan-2021";
import { docxHtml, docxText, normalise, pdfText, ratio, seed, zipEntry } from "../support/document-text";

const expected = normalise(seed("sektorplan-2021.txt"));
const data = { ministryName: "Kommunal- og moderniseringsdepartementet", versionLabel: "Versjon 1, publisert 20.1.2021", content: SECTOR_PLAN_2021 };

describe("the 2021 sector plan from the demo data", () => {
  it("as plain text (the page's blocks) equals the seed document", () => {
    expect(normalise(sectorPlanPlainText(SECTOR_PLAN_2021))).toBe(expected);
  });

  it("PDF: text matches the seed (ratio ≥ 0.97), with its title and themes in order", async () => {
    const pdf = await pdfText(await renderSectorPlanPdf(data));
    const actual = normalise(pdf.text);
    const r = ratio(actual, expected);
    console.log(`Sector plan PDF similarity ratio: ${r.toFixed(4)} (${pdf.pages} pages)`);
    expect(r).toBeGreaterThanOrEqual(0.97);
    expect(pdf.info).toMatchObject({ Title: SECTOR_PLAN_2021.title, Author: data.ministryName });
    const order = SECTOR_PLAN_2021.themes.map((th) => actual.indexOf(`${th.title} `));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("DOCX: text matches the seed (ratio ≥ 0.97), with real headings and nb-NO", async () => {
    const bytes = await renderSectorPlanDocx(data);
    const r = ratio(normalise(await docxText(bytes)), expected);
    console.log(`Sector plan DOCX similarity ratio: ${r.toFixed(4)}`);
    expect(r).toBeGreaterThanOrEqual(0.97);
    const html = await docxHtml(bytes);
    expect(html).toContain(`<h1>${SECTOR_PLAN_2021.title}</h1>`);
    expect(html).toContain("<h2>Samarbeid med NAV</h2>");
    expect(html).toContain("<h3>Tiltak</h3>");
    expect(zipEntry(bytes, "word/styles.xml")).toContain('<w:lang w:val="nb-NO"/>');
  });

  it("prints a measure's due date after its text", () => {
    const withDue = structuredClone(SECTOR_PLAN_2021);
    withDue.themes[0]!.measures[0]!.due = "2021-03-01";
    expect(sectorPlanPlainText(withDue)).toContain("i 2021.\n\nFrist: 1.3.2021");
  });
});
