// The plan as PDF: what a reader checks in the extracted text, and the document's metadata.
import { describe, expect, it } from "vitest";
import { renderPlanPdf } from "@/lib/documents/plan-pdf";
import { normalise, pdfText } from "../support/document-text";
import { COMPLETE_CONTENT } from "../support/fixtures-content";

const ELEMENT_TITLES = [
  "Utfordringer og muligheter",
  "Tiltak",
  "Mål",
  "Kobling til virksomhetens mål og tjenesteproduksjon",
  "Ansvarsfordeling",
  "Vurdering av traineeprogrammet",
];

describe("renderPlanPdf", () => {
  it("has the title, the version, every element and a measure's text", async () => {
    const bytes = await renderPlanPdf({
      agencyName: "Statens vegvesen",
      roundTitle: "Inkluderingsdugnaden 2020",
      versionLabel: "Versjon 2, sendt inn 27.11.2020",
      status: "Sendt inn",
      content: {
        ...COMPLETE_CONTENT,
        measures: [
          { id: "m1", what: "Kurs for ledere i inkluderende rekruttering.", owner: "HR-avdelingen", due: "2021-03-01", status: "UNDER_WAY", challengeId: "c1" },
        ],
      },
    });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const pdf = await pdfText(bytes);
    const text = normalise(pdf.text);
    expect(text).toContain("Handlingsplan for inkluderingsdugnaden – Statens vegvesen");
    expect(text).toContain("Versjon 2, sendt inn 27.11.2020");
    for (const title of ELEMENT_TITLES) expect(text).toContain(title);
    expect(text).toContain("Kurs for ledere i inkluderende rekruttering.");
    expect(text).toContain("Eier: HR-avdelingen | Frist: 1.3.2021 | Status: Under arbeid");
    expect(text).toContain("Side 1 av 1");
    expect(pdf.info).toMatchObject({ Title: "Handlingsplan for inkluderingsdugnaden – Statens vegvesen", Author: "Statens vegvesen" });
  });

  it("breaks long content over several pages", async () => {
    const measures = Array.from({ length: 50 }, (_, i) => ({
      id: `m${i}`, what: `Tiltak nummer ${i + 1} med en lengre beskrivelse av hva som skal gjøres.`, owner: "HR", due: "2021-06-30",
      status: "NOT_STARTED" as const, challengeId: "",
    }));
    const pdf = await pdfText(await renderPlanPdf({
      agencyName: "Husbanken", roundTitle: "", versionLabel: "Versjon 1", status: "", content: { ...COMPLETE_CONTENT, measures },
    }));
    expect(pdf.pages).toBeGreaterThan(1);
    const text = normalise(pdf.text);
    expect(text).toContain("Tiltak nummer 50 med en lengre beskrivelse");
    expect(text).toContain("Vurdering av traineeprogrammet");
    expect(text).toContain(`Side ${pdf.pages} av ${pdf.pages}`);
  });
});
