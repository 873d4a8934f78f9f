// The sector plan as DOCX with the same blocks as the PDF: Heading 1 for the title, Heading 2 per
// theme, Heading 3 for "Tiltak", paragraphs; language nb-NO.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { sectorPlanBlocks } from "@/lib/domain/sector-plan-text";
import { sectorPlanText as t } from "@/lib/i18n/sector-plan-nb";
import type { SectorPlanDocumentData } from "./sector-plan-pdf";

const FONT = "Arial";
const halfPoints = (pt: number) => pt * 2;
const heading = { run: { font: FONT, bold: true, color: "000000" }, paragraph: { keepNext: true } };

export async function renderSectorPlanDocx(data: SectorPlanDocumentData): Promise<Uint8Array> {
  const children = sectorPlanBlocks(data.content).flatMap((block) => {
    switch (block.kind) {
      case "title":
        return [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] }),
          new Paragraph({ children: [new TextRun({ text: data.versionLabel, size: halfPoints(9) })] }),
        ];
      case "theme":
        return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })];
      case "measuresHeading":
        return [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(block.text)] })];
      default:
        return [new Paragraph({ children: [new TextRun(block.text)] })];
    }
  });
  const doc = new Document({
    title: data.content.title,
    creator: data.ministryName,
    subject: data.versionLabel,
    description: t.document.creator,
    styles: {
      default: {
        document: { run: { font: FONT, size: halfPoints(11), language: { value: "nb-NO" } }, paragraph: { spacing: { after: 160, line: 264 } } },
        heading1: { ...heading, run: { ...heading.run, size: halfPoints(16) }, paragraph: { spacing: { after: 120 } } },
        heading2: { ...heading, run: { ...heading.run, size: halfPoints(13) }, paragraph: { keepNext: true, spacing: { before: 240, after: 120 } } },
        heading3: { ...heading, run: { ...heading.run, size: halfPoints(11) }, paragraph: { keepNext: true, spacing: { before: 120, after: 80 } } },
      },
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
