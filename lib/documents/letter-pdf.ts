// A letter as PDF (A4) in the ministry's layout. Server-side only: pdfkit reads its own font
// metrics from disk, so a Next route handler needs "pdfkit" in serverExternalPackages.
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { withSafeSpaces } from "./pdf-safe";
import type { LetterDocumentData } from "./letter-data";
import {
  CLOSING, COPY_LABEL, ELECTRONIC_SIGNATURE_NOTE, documentMetadata, footerColumns, inlineRuns,
  PAGE_MM, parseLetterBody, referenceColumns, signatureName, type LetterBlock,
} from "./letter-text";

/**
 * Arimo (metric-compatible with Arial, SIL OFL) from @fontsource/arimo; nothing is fetched. Read
 * from node_modules under the working directory (the app and the tests run from the repository's
 * root): a require.resolve here would make the bundler try to bundle the font files as modules.
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "arimo", "files");
const fontFile = (weight: 400 | 700) => readFileSync(path.join(FONT_DIR, `arimo-latin-${weight}-normal.woff`));
let fonts: { regular: Buffer; bold: Buffer } | undefined;
const loadFonts = () => (fonts ??= { regular: fontFile(400), bold: fontFile(700) });

const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: PAGE_MM.margin.top * MM, left: PAGE_MM.margin.left * MM, right: PAGE_MM.margin.right * MM, bottom: PAGE_MM.margin.bottom * MM };
/** Page 1 keeps its bottom for the footer. */
const FOOTER_TOP = PAGE_MM.footerTop * MM;
const FIRST_PAGE_BOTTOM = PAGE.height - FOOTER_TOP + 6 * MM;
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const SIZE = { body: 11, title: 12, heading: 11, letterhead: 10, small: 8, footer: 7.5 };
const R = "Arimo";
const B = "Arimo-Bold";

type Doc = PDFKit.PDFDocument;

export interface PdfLayout {
  pdf: Uint8Array;
  /** How many of the body's blocks (parseLetterBody) end on page 1: the footer follows them. */
  blocksOnFirstPage: number;
}

export async function renderLetterPdf(data: LetterDocumentData): Promise<Uint8Array> {
  return (await layoutLetterPdf(data)).pdf;
}

/** Renders the PDF and tells where page 1 ends (the DOCX renderer anchors its footer there). */
export async function layoutLetterPdf(data: LetterDocumentData): Promise<PdfLayout> {
  const meta = documentMetadata(data);
  const doc = withSafeSpaces(new PDFDocument({
    size: "A4", autoFirstPage: false, bufferPages: true, margins: MARGIN, lang: "nb", displayTitle: true, pdfVersion: "1.7",
    info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: meta.author },
  }));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => { doc.on("end", resolve); doc.on("error", reject); });
  const { regular, bold } = loadFonts();
  doc.registerFont(R, regular);
  doc.registerFont(B, bold);
  doc.addPage({ size: "A4", margins: { ...MARGIN, bottom: FIRST_PAGE_BOTTOM } });
  doc.lineGap(1.5);
  let pages = 1;
  doc.on("pageAdded", () => { pages += 1; });

  drawHead(doc, data);
  let blocksOnFirstPage = 0;
  parseLetterBody(data.body).forEach((block, i) => {
    drawBlock(doc, block);
    if (pages === 1) blocksOnFirstPage = i + 1;
  });
  drawClosing(doc, data);
  // The footer is drawn last on page 1, so text extraction reads it at the end of page 1's content.
  doc.switchToPage(0);
  drawFooter(doc, data);
  doc.end();
  await done;
  return { pdf: new Uint8Array(Buffer.concat(chunks)), blocksOnFirstPage };
}

function drawHead(doc: Doc, d: LetterDocumentData) {
  const left = MARGIN.left;
  doc.font(B).fontSize(SIZE.letterhead).text(d.ministry.letterhead, left, MARGIN.top + 14 * MM, { width: CONTENT_WIDTH, align: "center" });
  doc.font(R).fontSize(SIZE.body).text([d.recipient.name, ...d.recipient.postalAddress].join("\n"), left, 60 * MM, { width: 85 * MM });
  const refTop = Math.max(doc.y + 12 * MM, 97 * MM);
  const cols = referenceColumns(d);
  const colX = [left, left + 95 * MM, left + 130 * MM];
  cols.forEach((c, i) => doc.font(R).fontSize(SIZE.small).text(c.label, colX[i], refTop, { lineBreak: false }));
  cols.forEach((c, i) => doc.font(R).fontSize(SIZE.body).text(c.value || " ", colX[i], refTop + 11, { lineBreak: false }));
  doc.font(B).fontSize(SIZE.title).text(d.title, left, refTop + 16 * MM, { width: CONTENT_WIDTH });
  doc.moveDown(1);
}

/** Moves to a new page unless `height` fits on this one. */
function keep(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function runs(doc: Doc, text: string, x: number, width: number) {
  const parts = inlineRuns(text);
  parts.forEach((run, i) => {
    doc.font(run.bold ? B : R).fontSize(SIZE.body);
    const opts = { width, continued: i < parts.length - 1 };
    if (i === 0) doc.text(run.text, x, doc.y, opts);
    else doc.text(run.text, opts);
  });
}

function drawBlock(doc: Doc, block: LetterBlock) {
  const x = MARGIN.left;
  const gap = SIZE.body * 1.1;
  if (block.kind === "heading") {
    doc.font(B).fontSize(SIZE.heading);
    keep(doc, doc.heightOfString(block.text, { width: CONTENT_WIDTH }) + 3 * doc.currentLineHeight(true));
    doc.text(block.text, x, doc.y + gap * 0.5, { width: CONTENT_WIDTH });
    doc.y += gap * 0.4;
  } else if (block.kind === "list") {
    const indent = 7 * MM;
    doc.font(R).fontSize(SIZE.body);
    const itemHeight = (item: string) => doc.heightOfString(item.replace(/\*\*/g, ""), { width: CONTENT_WIDTH - indent }) + 2;
    const total = block.items.reduce((sum, item) => sum + itemHeight(item), 0);
    // A short list is kept on one page.
    if (total < 150) keep(doc, total);
    for (const item of block.items) {
      doc.font(R).fontSize(SIZE.body);
      keep(doc, itemHeight(item));
      const y = doc.y;
      doc.text("-", x + 2 * MM, y, { lineBreak: false });
      doc.y = y;
      runs(doc, item, x + indent, CONTENT_WIDTH - indent);
      doc.y += 2;
    }
    doc.y += gap;
  } else {
    runs(doc, block.text, x, CONTENT_WIDTH);
    doc.y += gap;
  }
}

function drawClosing(doc: Doc, d: LetterDocumentData) {
  const x = MARGIN.left;
  doc.font(R).fontSize(SIZE.body);
  keep(doc, 10 * doc.currentLineHeight(true));
  doc.text(CLOSING, x, doc.y + 4, { width: CONTENT_WIDTH });
  doc.y += 14 * MM;
  const top = doc.y;
  let bottom = top;
  d.signatories.forEach((s, i) => {
    const sx = x + (i % 2) * 85 * MM;
    const sy = top + Math.floor(i / 2) * 16 * MM;
    doc.font(R).fontSize(SIZE.body).text(`${signatureName(s)}\n${s.title}`, sx, sy, { width: 80 * MM });
    bottom = Math.max(bottom, doc.y);
  });
  doc.font(R).fontSize(SIZE.body).text(ELECTRONIC_SIGNATURE_NOTE, x, bottom + 10 * MM, { width: CONTENT_WIDTH });
  if (d.copyTo.length > 0) {
    keep(doc, 3 * doc.currentLineHeight(true) + 10 * MM);
    doc.font(B).text(COPY_LABEL, x, doc.y + 10 * MM, { width: CONTENT_WIDTH });
    doc.font(R).text(d.copyTo.join("\n"), { width: CONTENT_WIDTH });
  }
}

function drawFooter(doc: Doc, d: LetterDocumentData) {
  doc.page.margins.bottom = 0;
  const x = MARGIN.left;
  doc.moveTo(x, FOOTER_TOP - 3 * MM).lineTo(x + CONTENT_WIDTH, FOOTER_TOP - 3 * MM).lineWidth(0.5).strokeColor("#000").stroke();
  const widths = PAGE_MM.footerColumns.map((w, i) => (i < PAGE_MM.footerColumns.length - 1 ? w * MM : 0));
  let cx = x;
  footerColumns(d).forEach((lines, i) => {
    const width = widths[i] || x + CONTENT_WIDTH - cx;
    doc.y = FOOTER_TOP;
    for (const line of lines) doc.font(line.label ? B : R).fontSize(SIZE.footer).text(line.text, cx, doc.y, { width });
    cx += width;
  });
}
