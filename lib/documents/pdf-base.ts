// What the agency plan's, the sector plan's and the meeting brief's PDFs share: an A4 pdfkit document with the
// bundled Arimo font registered (as in letter-pdf.ts: read from node_modules under the working
// directory, nothing fetched), page numbers at the foot, and the finished bytes.
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { withSafeSpaces } from "./pdf-safe";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "arimo", "files");
const fontFile = (weight: 400 | 700) => readFileSync(path.join(FONT_DIR, `arimo-latin-${weight}-normal.woff`));
let fonts: { regular: Buffer; bold: Buffer } | undefined;
const loadFonts = () => (fonts ??= { regular: fontFile(400), bold: fontFile(700) });

export const MM = 72 / 25.4;
export const REGULAR = "Arimo";
export const BOLD = "Arimo-Bold";
const MARGIN = { top: 20 * MM, left: 25 * MM, right: 20 * MM, bottom: 20 * MM };

export type Doc = PDFKit.PDFDocument;

export interface PdfFrame {
  doc: Doc;
  x: number;
  width: number;
  /** Draws "Side n av m" on every page and returns the file. */
  finish: (pageLabel: (n: number, of: number) => string) => Promise<Uint8Array>;
}

export function startPdf(info: { title: string; author: string; subject: string; creator: string }): PdfFrame {
  const doc = withSafeSpaces(new PDFDocument({
    size: "A4", autoFirstPage: false, bufferPages: true, margins: MARGIN, lang: "nb", displayTitle: true, pdfVersion: "1.7",
    info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: info.creator },
  }));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  const { regular, bold } = loadFonts();
  doc.registerFont(REGULAR, regular);
  doc.registerFont(BOLD, bold);
  doc.addPage();
  doc.lineGap(1.5);
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const x = MARGIN.left;
  const finish = async (pageLabel: (n: number, of: number) => string) => {
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font(REGULAR).fontSize(8).text(pageLabel(i + 1, range.count), x, doc.page.height - 12 * MM, { width, align: "right", lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    await done;
    return new Uint8Array(Buffer.concat(chunks));
  };
  return { doc, x, width, finish };
}

import { pdfSafe } from "./pdf-safe";
export { pdfSafe };

/** Moves to a new page unless `height` fits on this one. */
export function keepTogether(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** A heading kept with at least three lines of what follows. */
export function pdfHeading(frame: PdfFrame, text: string, size: number, before = 6): void {
  const { doc, x, width } = frame;
  doc.font(BOLD).fontSize(size);
  keepTogether(doc, doc.heightOfString(text, { width }) + before + 4 * 10.5 * 1.3);
  doc.text(pdfSafe(text), x, doc.y + before, { width });
  doc.y += 3;
}

export function pdfParagraph(frame: PdfFrame, text: string, size = 10.5, after = 6): void {
  const { doc, x, width } = frame;
  doc.font(REGULAR).fontSize(size).text(pdfSafe(text), x, doc.y, { width });
  doc.y += after;
}
