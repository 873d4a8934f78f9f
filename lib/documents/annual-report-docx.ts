// The agency's chapter IV text on the inclusion drive as DOCX, for pasting into the annual report:
// the same blocks as the page (lib/domain/annual-report.ts). Heading 1 for the title, Heading 2
// per section, a real table with a header row (repeated on a new page), bulleted lists, nb-NO.
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from "docx";
import type { ChapterBlock } from "@/lib/domain/annual-report";
import { annualReportText as t } from "@/lib/i18n/annual-report-nb";

const FONT = "Arial";
const LIST = "chapter-bullet";
const halfPoints = (pt: number) => pt * 2;
const heading = { run: { font: FONT, bold: true, color: "000000" }, paragraph: { keepNext: true } };
const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const borders = { top: border, bottom: border, left: border, right: border };

export interface AnnualReportDocxData {
  agencyName: string;
  year: number;
  blocks: readonly ChapterBlock[];
}

function cell(text: string, opts: { bold?: boolean; right?: boolean; width: number }): TableCell {
  return new TableCell({
    borders,
    width: { size: opts.width, type: WidthType.PERCENTAGE },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT, spacing: { after: 0 }, children: [new TextRun({ text, bold: opts.bold })] })],
  });
}

function table(block: Extract<ChapterBlock, { kind: "table" }>): (Paragraph | Table)[] {
  const widths = [56, 22, 22];
  return [
    new Paragraph({ keepNext: true, spacing: { after: 80 }, children: [new TextRun({ text: block.caption, italics: true })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: block.head.map((h, i) => cell(h, { bold: true, right: i > 0, width: widths[i]! })) }),
        ...block.rows.map(
          (r) => new TableRow({ cantSplit: true, children: [r.label, r.hires, r.target].map((text, i) => cell(text, { bold: r.total, right: i > 0, width: widths[i]! })) }),
        ),
      ],
    }),
    new Paragraph({ spacing: { after: 80 }, children: [] }),
  ];
}

export async function renderAnnualReportDocx(data: AnnualReportDocxData): Promise<Uint8Array> {
  const children = data.blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case "title":
        return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] })];
      case "subtitle":
        return [new Paragraph({ children: [new TextRun({ text: block.text, size: halfPoints(10) })] })];
      case "heading":
        return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })];
      case "paragraph":
        return [new Paragraph({ children: [new TextRun(block.text)] })];
      case "list":
        return block.items.map(
          (item, i) => new Paragraph({ numbering: { reference: LIST, level: 0 }, spacing: { after: i === block.items.length - 1 ? 160 : 40 }, children: [new TextRun(item)] }),
        );
      case "table":
        return table(block);
    }
  });
  const doc = new Document({
    title: t.document.title(data.agencyName),
    subject: t.document.subtitle(data.year),
    creator: data.agencyName,
    description: t.document.creator,
    styles: {
      default: {
        document: { run: { font: FONT, size: halfPoints(11), language: { value: "nb-NO" } }, paragraph: { spacing: { after: 160, line: 264 } } },
        heading1: { ...heading, run: { ...heading.run, size: halfPoints(16) }, paragraph: { keepNext: true, spacing: { after: 80 } } },
        heading2: { ...heading, run: { ...heading.run, size: halfPoints(13) }, paragraph: { keepNext: true, spacing: { before: 240, after: 120 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: LIST,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
