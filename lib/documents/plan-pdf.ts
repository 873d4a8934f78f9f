// One submitted version of an action plan as PDF (A4): title, version, and the six elements with
// their text (lib/domain/plan-text.ts). Server-side only, like letter-pdf.ts: pdfkit reads its
// font metrics from disk ("pdfkit" is in serverExternalPackages).
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { withSafeSpaces } from "./pdf-safe";
import type { PlanContent } from "@/lib/domain/plan-content";
import { planTextSections } from "@/lib/domain/plan-text";
import { planText as t } from "@/lib/i18n/plan-nb";

export interface PlanPdfData {
  agencyName: string;
  roundTitle: string;
  /** "Versjon 2, sendt inn 27.11.2020 kl. 10.15". */
  versionLabel: string;
  /** The plan's status in words ("Sendt inn"). */
  status: string;
  content: PlanContent;
}

/** Arimo from @fontsource/arimo under the working directory, as in letter-pdf.ts (nothing is fetched). */
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "arimo", "files");
const fontFile = (weight: 400 | 700) => readFileSync(path.join(FONT_DIR, `arimo-latin-${weight}-normal.woff`));
let fonts: { regular: Buffer; bold: Buffer } | undefined;
const loadFonts = () => (fonts ??= { regular: fontFile(400), bold: fontFile(700) });

const MM = 72 / 25.4;
const MARGIN = { top: 20 * MM, left: 25 * MM, right: 20 * MM, bottom: 20 * MM };
const SIZE = { title: 16, heading: 13, body: 10.5, meta: 10, footer: 8 };
const R = "Arimo";
const B = "Arimo-Bold";

type Doc = PDFKit.PDFDocument;

/** The title, the document's metadata title too. */
export const planPdfTitle = (agencyName: string) => t.pdf.title(agencyName);

export async function renderPlanPdf(data: PlanPdfData): Promise<Uint8Array> {
  const title = planPdfTitle(data.agencyName);
  const doc = withSafeSpaces(new PDFDocument({
    size: "A4", autoFirstPage: false, bufferPages: true, margins: MARGIN, lang: "nb", displayTitle: true, pdfVersion: "1.7",
    info: {
      Title: title,
      Author: data.agencyName,
      Subject: t.pdf.subject(data.roundTitle, data.versionLabel),
      Creator: t.pdf.creator,
    },
  }));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  const { regular, bold } = loadFonts();
  doc.registerFont(R, regular);
  doc.registerFont(B, bold);
  doc.addPage();
  doc.lineGap(1.5);
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const x = MARGIN.left;

  doc.font(B).fontSize(SIZE.title).text(title, x, MARGIN.top, { width });
  doc.moveDown(0.4);
  doc.font(R).fontSize(SIZE.meta).text(data.versionLabel, x, doc.y, { width });
  if (data.roundTitle) doc.text(`${t.pdf.round}: ${data.roundTitle}`, x, doc.y, { width });
  if (data.status) doc.text(`${t.pdf.status}: ${data.status}`, x, doc.y, { width });
  doc.moveDown(1);

  for (const section of planTextSections(data.content)) drawSection(doc, section.title, section.text, x, width);

  drawPageNumbers(doc, x, width);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Moves to a new page unless `height` fits on this one. */
function keep(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function drawSection(doc: Doc, title: string, text: string, x: number, width: number) {
  doc.font(B).fontSize(SIZE.heading);
  // A heading is kept with at least three lines of its text.
  keep(doc, doc.heightOfString(title, { width }) + 4 * SIZE.body * 1.3);
  doc.text(title, x, doc.y + SIZE.body * 0.5, { width });
  doc.y += 4;
  doc.font(R).fontSize(SIZE.body);
  for (const line of text.split("\n")) {
    if (line.trim() === "") {
      doc.y += SIZE.body * 0.6;
      continue;
    }
    // Rows of a table ("Tiltak: … | Eier: … | Frist: …") get a little space after them.
    const row = line.includes(" | ");
    doc.text(line, x, doc.y, { width });
    if (row) doc.y += 3;
  }
  doc.y += SIZE.body;
}

/** "Side 1 av 3" at the foot of every page (drawn last, so text extraction reads it after the page's content). */
function drawPageNumbers(doc: Doc, x: number, width: number) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(R).fontSize(SIZE.footer).text(t.pdf.page(i + 1, range.count), x, doc.page.height - 12 * MM, { width, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
