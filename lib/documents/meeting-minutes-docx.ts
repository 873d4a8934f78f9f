// The minutes of a governance meeting as DOCX, with the content of the PDF: the ministry's
// letterhead, a Heading 1 title, Heading 2 sections, real tables with header rows, and the
// ministry's footer (as a Word footer on every page), language nb-NO.
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType,
} from "docx";
import { DOCUMENT_LANGUAGE, PAGE_MM } from "./letter-text";
import type { MinutesDocument, MinutesTable } from "./meeting-minutes-text";

const FONT = "Arial";
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const pt = (points: number) => points * 2;
const CONTENT_MM = PAGE_MM.width - PAGE_MM.margin.left - PAGE_MM.margin.right;
const text = (t: string, opts: { bold?: boolean; size?: number } = {}) => new TextRun({ text: t, bold: opts.bold, size: opts.size && pt(opts.size) });
const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

export async function renderMinutesDocx(d: MinutesDocument): Promise<Uint8Array> {
  const doc = new Document({
    title: d.meta.title, creator: d.meta.author, lastModifiedBy: d.meta.author, subject: d.meta.subject,
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(10.5), language: { value: DOCUMENT_LANGUAGE } }, paragraph: { spacing: { after: 80, line: 264 } } },
        heading1: { run: { font: FONT, size: pt(14), bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: FONT, size: pt(12), bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      },
    },
    sections: [{
      properties: { page: { size: { width: twips(PAGE_MM.width), height: twips(PAGE_MM.height) }, margin: {
        top: twips(PAGE_MM.margin.top), left: twips(PAGE_MM.margin.left), right: twips(PAGE_MM.margin.right), bottom: twips(PAGE_MM.margin.bottom),
      } } },
      footers: { default: new Footer({ children: [footerTable(d)] }) },
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: twips(10) }, children: [text(d.letterhead, { bold: true, size: 10 })] }),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(d.title)] }),
        ...d.lines.map((line) => new Paragraph({ spacing: { after: 0 }, children: [text(line)] })),
        ...d.sections.flatMap((s) => [
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(s.heading)] }),
          ...s.paragraphs.map((p) => new Paragraph({ children: [text(p)] })),
          ...(s.table ? [table(s.table)] : []),
        ]),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function table(t: MinutesTable): Table {
  const widths = t.widths.map((w) => twips(w * CONTENT_MM));
  const cell = (value: string, i: number, header: boolean) => new TableCell({
    width: { size: widths[i]!, type: WidthType.DXA },
    margins: { left: twips(1.5), right: twips(1.5), top: twips(1), bottom: twips(1) },
    shading: header ? { fill: "E8E8E8" } : undefined,
    children: [new Paragraph({ spacing: { after: 0 }, children: [text(value, { bold: header, size: 9 })] })],
  });
  return new Table({
    width: { size: twips(CONTENT_MM), type: WidthType.DXA },
    columnWidths: widths,
    borders: { ...TableBorders.NONE, bottom: border, insideHorizontal: border, top: border },
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c, i, true)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

function footerTable(d: MinutesDocument): Table {
  const w = twips(CONTENT_MM / d.footer.length);
  return new Table({
    width: { size: twips(CONTENT_MM), type: WidthType.DXA },
    columnWidths: d.footer.map(() => w),
    borders: { ...TableBorders.NONE, top: border },
    rows: [new TableRow({
      children: d.footer.map((lines) => new TableCell({
        width: { size: w, type: WidthType.DXA },
        children: lines.map((line) => new Paragraph({ spacing: { after: 0, line: 240 }, children: [text(line.text, { bold: line.label, size: 7.5 })] })),
      })),
    })],
  });
}
