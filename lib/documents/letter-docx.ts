// A letter as DOCX with the same content and structure as the PDF: real Word headings (Heading 1
// for the title, Heading 2 for the numbered sections), a bulleted list, bold runs, language nb-NO.
//
// The first page's footer (Postadresse … Saksbehandler) is a borderless floating table anchored to
// the page at the bottom of page 1, placed in the body right after the last block that fits on
// page 1 (the PDF layout, with the same metrics: Arimo there, Arial here, tells which). Word draws
// it where a first-page footer would be, and it is read (screen readers, text extraction, mammoth)
// where the ministry's own letters have it: at the end of page 1's content. A real w:footer would
// be read apart from the body, or not at all.
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableAnchorType,
  TableBorders, TableCell, TableRow, TextRun, WidthType, OverlapType,
} from "docx";
import type { LetterDocumentData } from "./letter-data";
import { layoutLetterPdf } from "./letter-pdf";
import {
  CLOSING, COPY_LABEL, DOCUMENT_LANGUAGE, ELECTRONIC_SIGNATURE_NOTE, PAGE_MM, documentMetadata, footerColumns,
  inlineRuns, parseLetterBody, referenceColumns, signatureName, type LetterBlock,
} from "./letter-text";

const FONT = "Arial";
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const pt = (points: number) => points * 2; // half-points
const CONTENT_MM = PAGE_MM.width - PAGE_MM.margin.left - PAGE_MM.margin.right;
const LIST = "letter-dash";

export async function renderLetterDocx(data: LetterDocumentData): Promise<Uint8Array> {
  const { blocksOnFirstPage } = await layoutLetterPdf(data);
  const blocks = parseLetterBody(data.body).flatMap((block, i) => [
    ...renderBlock(block),
    ...(i === Math.max(blocksOnFirstPage, 1) - 1 ? [footerTable(data)] : []),
  ]);
  const meta = documentMetadata(data);
  const doc = new Document({
    title: meta.title, creator: meta.author, lastModifiedBy: meta.author, subject: meta.subject,
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(11), language: { value: DOCUMENT_LANGUAGE } }, paragraph: { spacing: { after: 200, line: 264 } } },
        heading1: { run: { font: FONT, size: pt(12), bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 240 } } },
        heading2: { run: { font: FONT, size: pt(11), bold: true, color: "000000" }, paragraph: { spacing: { before: 120, after: 120 }, keepNext: true } },
      },
    },
    numbering: {
      config: [{ reference: LIST, levels: [{ level: 0, format: LevelFormat.BULLET, text: "-", alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: twips(7), hanging: twips(5) } } } }] }],
    },
    sections: [{
      properties: { page: { size: { width: twips(PAGE_MM.width), height: twips(PAGE_MM.height) }, margin: {
        top: twips(PAGE_MM.margin.top), left: twips(PAGE_MM.margin.left), right: twips(PAGE_MM.margin.right), bottom: twips(PAGE_MM.margin.bottom),
      } } },
      children: [...head(data), ...blocks, ...closing(data)],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const text = (t: string, opts: { bold?: boolean; size?: number } = {}) => new TextRun({ text: t, bold: opts.bold, size: opts.size && pt(opts.size) });
/** One paragraph per line (a line break inside a paragraph is lost by plain-text readers). */
const lines = (items: string[], opts: { bold?: boolean; size?: number; after?: number } = {}): Paragraph[] =>
  items.map((t, i) => new Paragraph({ spacing: { after: i === items.length - 1 ? (opts.after ?? 200) : 0 }, children: [text(t, opts)] }));
const runs = (t: string) => inlineRuns(t).map((r) => text(r.text, { bold: r.bold }));

function grid(rows: Paragraph[][][], widthsMm: number[], extra: Partial<ConstructorParameters<typeof Table>[0]> = {}) {
  return new Table({
    borders: TableBorders.NONE,
    width: { size: twips(widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widthsMm.map(twips),
    rows: rows.map((cells) => new TableRow({ children: cells.map((children, i) => new TableCell({
      children, width: { size: twips(widthsMm[i] ?? 0), type: WidthType.DXA },
      margins: { left: 0, right: twips(2), top: 0, bottom: 0 },
    })) })),
    ...extra,
  });
}

function head(d: LetterDocumentData): (Paragraph | Table)[] {
  const refs = referenceColumns(d);
  const cell = (t: string, size: number) => [new Paragraph({ spacing: { after: 0 }, children: [text(t, { size })] })];
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: twips(14), after: twips(22) }, children: [text(d.ministry.letterhead, { bold: true, size: 10 })] }),
    ...lines([d.recipient.name, ...d.recipient.postalAddress], { after: twips(12) }),
    grid([refs.map((r) => cell(r.label, 8)), refs.map((r) => cell(r.value, 11))], [95, 35, CONTENT_MM - 130]),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(d.title)] }),
  ];
}

function renderBlock(block: LetterBlock): Paragraph[] {
  if (block.kind === "heading") return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(block.text)] })];
  if (block.kind === "list") {
    return block.items.map((item, i) => new Paragraph({
      numbering: { reference: LIST, level: 0 }, spacing: { after: i === block.items.length - 1 ? 200 : 40 }, children: runs(item),
    }));
  }
  return [new Paragraph({ children: runs(block.text) })];
}

function footerTable(d: LetterDocumentData): Table {
  const cols = footerColumns(d).map((col) => col.map((line) => new Paragraph({
    spacing: { after: 0, line: 240 }, children: [text(line.text, { bold: line.label, size: 7.5 })],
  })));
  const widths = PAGE_MM.footerColumns.map((w, i, all) => (i < all.length - 1 ? w : CONTENT_MM - all.slice(0, -1).reduce((a, b) => a + b, 0)));
  return grid([cols], widths, {
    float: {
      horizontalAnchor: TableAnchorType.PAGE, absoluteHorizontalPosition: twips(PAGE_MM.margin.left),
      verticalAnchor: TableAnchorType.PAGE, absoluteVerticalPosition: twips(PAGE_MM.footerTop - 3),
      overlap: OverlapType.NEVER, topFromText: twips(6),
    },
    borders: { ...TableBorders.NONE, top: { style: BorderStyle.SINGLE, size: 4, color: "000000" } },
  });
}

function closing(d: LetterDocumentData): (Paragraph | Table)[] {
  const pairs: LetterDocumentData["signatories"][] = [];
  d.signatories.forEach((s, i) => (i % 2 === 0 ? pairs.push([s]) : pairs[pairs.length - 1]!.push(s)));
  const signature = (s: LetterDocumentData["signatories"][number]) =>
    lines([signatureName(s), s.title], { after: 240 });
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120, after: twips(14) }, children: [text(CLOSING)] }),
    grid(pairs.map((pair) => [signature(pair[0]!), pair[1] ? signature(pair[1]) : [new Paragraph("")]]), [85, CONTENT_MM - 85]),
    new Paragraph({ spacing: { before: twips(8), after: twips(8) }, children: [text(ELECTRONIC_SIGNATURE_NOTE)] }),
    ...(d.copyTo.length > 0
      ? [new Paragraph({ keepNext: true, spacing: { after: 0 }, children: [text(COPY_LABEL, { bold: true })] }), ...lines(d.copyTo)]
      : []),
  ];
}
