// The chapter IV text as DOCX: the generated file read back (mammoth) has the page's text, real
// headings, the figures as a table with a header row, lists as lists, and nb-NO.
import { describe, expect, it } from "vitest";
import { renderAnnualReportDocx } from "@/lib/documents/annual-report-docx";
import { chapterBlocks, chapterPlainText, type Narrative } from "@/lib/domain/annual-report";
import { docxHtml, docxText, normalise, zipEntry } from "../support/document-text";

const narrative: Narrative = {
  organisation: "HR har ansvaret for rekrutteringen.\n\nAnsvaret er fordelt slik:\n- Direktør: det overordnede ansvaret\n- HR: utlysningene",
  assessment: "Målet ble nådd i år, for første gang.",
  challenges: "Få søkere i målgruppen & små fagmiljøer <men> vi prøver.",
  whatWorked: "Samarbeidet med NAV har virket.",
};
const counts = { permanentTotal: 16, permanentTarget: 1, temporaryTotal: 4, temporaryTarget: 0, trainees: 0 };
const blocks = chapterBlocks("Datatilsynet", 2021, counts, narrative);

describe("the chapter as DOCX", () => {
  it("has the same text as the page's blocks", async () => {
    const bytes = await renderAnnualReportDocx({ agencyName: "Datatilsynet", year: 2021, blocks });
    const text = normalise(await docxText(bytes));
    for (const b of blocks) {
      if (b.kind === "table") continue;
      const parts = b.kind === "list" ? b.items : [b.text];
      for (const p of parts) expect(text).toContain(normalise(p));
    }
    expect(text).toContain("Få søkere i målgruppen & små fagmiljøer <men> vi prøver.");
    // In the order of the page.
    const order = ["Inkluderingsdugnaden – Datatilsynet", "Nytilsatte i 2021", "Hvordan rekrutteringsarbeidet er organisert", "Vurdering av måloppnåelsen", "Utfordringer", "Tiltak og hva som har virket"].map((h) => text.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(normalise(chapterPlainText(blocks))).toContain("Datatilsynet hadde 20 nytilsatte i 2021: 16 i faste stillinger og 4 i midlertidige stillinger.");
  });

  it("has real headings, the table with its header row, bulleted lists and nb-NO", async () => {
    const bytes = await renderAnnualReportDocx({ agencyName: "Datatilsynet", year: 2021, blocks });
    const html = await docxHtml(bytes);
    expect(html).toContain("<h1>Inkluderingsdugnaden – Datatilsynet</h1>");
    expect(html).toContain("<h2>Vurdering av måloppnåelsen</h2>");
    expect(html).toContain("<h2>Nytilsatte i 2021</h2>");
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh][^>]*>(?:<p>)?(.*?)(?:<\/p>)?<\/t[dh]>/g)].map((c) => c[1]!.replace(/<\/?strong>/g, "")));
    expect(rows).toEqual([
      ["Stillinger", "Nytilsatte", "Av dem i målgruppen"],
      ["Faste stillinger", "16", "1"],
      ["Midlertidige stillinger", "4", "0"],
      ["Traineer i traineeprogrammet i staten (alle i målgruppen)", "0", "0"],
      ["Totalt", "20", "1"],
      ["Andel i målgruppen", "", "5,0\u00a0%"],
    ]);
    expect(html).toContain("<ul><li>Direktør: det overordnede ansvaret</li><li>HR: utlysningene</li></ul>");
    const document = zipEntry(bytes, "word/document.xml");
    expect(document).toContain("<w:tblHeader/>");
    expect(zipEntry(bytes, "word/styles.xml")).toContain('<w:lang w:val="nb-NO"/>');
    expect(zipEntry(bytes, "docProps/core.xml")).toContain("<dc:title>Inkluderingsdugnaden – Datatilsynet</dc:title>");
  });
});
