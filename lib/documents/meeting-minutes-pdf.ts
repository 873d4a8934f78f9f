// The minutes of a governance meeting as PDF (A4) in the ministry's layout: the letterhead at the
// top and the ministry's footer (address, office, telephone and org. number) on page 1, as the
// letters have them (letter-pdf.ts), the sections of meeting-minutes-text.ts, page numbers.
import { PAGE_MM } from "./letter-text";
import { meetingText as t } from "@/lib/i18n/meetings-nb";
import { BOLD, keepTogether, MM, pdfHeading, pdfParagraph, pdfSafe, REGULAR, startPdf, type Doc, type PdfFrame } from "./pdf-base";
import type { MinutesDocument, MinutesTable } from "./meeting-minutes-text";

const SIZE = { body: 10.5, table: 9, letterhead: 10, title: 14, footer: 7.5 };
const FOOTER_TOP = PAGE_MM.footerTop * MM;

export async function renderMinutesPdf(d: MinutesDocument): Promise<Uint8Array> {
  const frame = startPdf({ ...d.meta, creator: t.creator });
  const { doc, x, width } = frame;
  // Page 1 keeps its bottom for the ministry's footer.
  doc.page.margins.bottom = doc.page.height - FOOTER_TOP + 6 * MM;
  doc.font(BOLD).fontSize(SIZE.letterhead).text(pdfSafe(d.letterhead), x, doc.page.margins.top + 4 * MM, { width, align: "center" });
  doc.y += 10 * MM;
  doc.font(BOLD).fontSize(SIZE.title).text(pdfSafe(d.title), x, doc.y, { width });
  doc.y += 4;
  for (const line of d.lines) pdfParagraph(frame, line, SIZE.body, 1);
  for (const section of d.sections) {
    pdfHeading(frame, section.heading, 12, 10);
    for (const p of section.paragraphs) pdfParagraph(frame, p, SIZE.body, 3);
    if (section.table) drawTable(frame, section.table);
  }
  doc.switchToPage(0);
  drawFooter(doc, d, x, width);
  return frame.finish(t.page);
}

function drawTable(frame: PdfFrame, table: MinutesTable) {
  const { doc, x, width } = frame;
  const pad = 3;
  const widths = table.widths.map((w) => w * width);
  const height = (cells: string[], font: string) => {
    doc.font(font).fontSize(SIZE.table);
    return Math.max(...cells.map((c, i) => doc.heightOfString(pdfSafe(c), { width: widths[i]! - 2 * pad }))) + 2 * pad;
  };
  const row = (cells: string[], font: string, shade: boolean) => {
    const h = height(cells, font);
    const top = doc.y;
    if (shade) doc.rect(x, top, width, h).fillColor("#e8e8e8").fill().fillColor("#000");
    let cx = x;
    cells.forEach((c, i) => {
      doc.font(font).fontSize(SIZE.table).text(pdfSafe(c), cx + pad, top + pad, { width: widths[i]! - 2 * pad });
      cx += widths[i]!;
    });
    doc.moveTo(x, top + h).lineTo(x + width, top + h).lineWidth(0.5).strokeColor("#000").stroke();
    doc.y = top + h;
  };
  const header = () => row(table.columns, BOLD, true);
  keepTogether(doc, height(table.columns, BOLD) + height(table.rows[0] ?? [], REGULAR));
  header();
  for (const cells of table.rows) {
    const h = height(cells, REGULAR);
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      header();
    }
    row(cells, REGULAR, false);
  }
  doc.y += 6;
}

function drawFooter(doc: Doc, d: MinutesDocument, x: number, width: number) {
  doc.page.margins.bottom = 0;
  doc.moveTo(x, FOOTER_TOP - 3 * MM).lineTo(x + width, FOOTER_TOP - 3 * MM).lineWidth(0.5).strokeColor("#000").stroke();
  const columns = d.footer;
  const colWidth = width / columns.length;
  columns.forEach((lines, i) => {
    doc.y = FOOTER_TOP;
    for (const line of lines) doc.font(line.label ? BOLD : REGULAR).fontSize(SIZE.footer).text(pdfSafe(line.text), x + i * colWidth, doc.y, { width: colWidth - 2 * MM });
  });
}
