// Word documents and PDFs the tests make themselves: a plan as DOCX with the `docx` package (the
// way Word writes headings and bulleted lists), and a small PDF with pdfkit.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import PDFDocument from "pdfkit";

export type DocBlock = { h: 1 | 2 | 3; text: string } | { p: string; bold?: boolean } | { li: string };

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export async function docxOf(blocks: DocBlock[]): Promise<Uint8Array> {
  const children = blocks.map((b) =>
    "h" in b
      ? new Paragraph({ text: b.text, heading: HEADINGS[b.h] })
      : "li" in b
        ? new Paragraph({ text: b.li, bullet: { level: 0 } })
        : new Paragraph({ children: [new TextRun({ text: b.p, bold: b.bold ?? false })] }),
  );
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A plan as agencies write it: a title, the six elements under numbered headings, lists of measures. */
export const SAMPLE_PLAN: DocBlock[] = [
  { h: 1, text: "Handlingsplan for inkluderingsdugnaden 2021" },
  { p: "Planen er behandlet i ledergruppen 12. januar 2021." },
  { h: 2, text: "1. Utfordringer og muligheter" },
  { p: "Få søkere fra målgruppen til tekniske stillinger." },
  { p: "Ledere kjenner lite til virkemidlene." },
  { h: 2, text: "2. Tiltak" },
  { li: "Alle ledere som rekrutterer, tar DFØs kurs i inkluderende rekruttering" },
  { li: "Samarbeid med NAV om praksisplasser" },
  { h: 2, text: "3. Mål" },
  { h: 3, text: "Kortsiktige mål" },
  { li: "Minst 5 % av nyansatte i 2021 er i målgruppen" },
  { h: 3, text: "Langsiktige mål" },
  { li: "Inkludering er en del av all rekruttering innen 2023" },
  { h: 2, text: "4) Kobling til målet / sammenheng med 5 %-målet" },
  { p: "Mangfold gir bedre tjenester til innbyggerne." },
  { h: 2, text: "Ansvar" },
  { li: "Toppleder: forankring i ledergruppen" },
  { li: "HR: oppfølging og rapportering" },
  { h: 2, text: "Traineeprogrammet" },
  { p: "Vi vil bruke traineeprogrammet for to stillinger som rådgiver." },
  { h: 2, text: "Vedlegg" },
  { p: "Statistikk for 2020 ligger i årsrapporten." },
];

export function pdfOf(text: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    doc.text(text);
    doc.end();
  });
}

/** The first bytes of a PNG image, and a little more. */
export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
