// The sector plan as PDF (A4), in the seed's structure (lib/domain/sector-plan-text.ts): the
// title, a line naming the version, the introduction, each theme with its text and its Tiltak.
import type { SectorPlanContent } from "@/lib/domain/sector-plan";
import { sectorPlanBlocks } from "@/lib/domain/sector-plan-text";
import { sectorPlanText as t } from "@/lib/i18n/sector-plan-nb";
import { BOLD, pdfHeading, pdfParagraph, pdfSafe, startPdf } from "./pdf-base";

export interface SectorPlanDocumentData {
  ministryName: string;
  /** "Versjon 1, publisert 20.1.2021", or "Utkast" for a draft. */
  versionLabel: string;
  content: SectorPlanContent;
}

export async function renderSectorPlanPdf(data: SectorPlanDocumentData): Promise<Uint8Array> {
  const frame = startPdf({ title: data.content.title, author: data.ministryName, subject: data.versionLabel, creator: t.document.creator });
  const { doc, x, width } = frame;
  for (const block of sectorPlanBlocks(data.content)) {
    switch (block.kind) {
      case "title":
        doc.font(BOLD).fontSize(16).text(pdfSafe(block.text), x, doc.page.margins.top, { width });
        doc.moveDown(0.3);
        pdfParagraph(frame, data.versionLabel, 9, 10);
        break;
      case "theme":
        pdfHeading(frame, block.text, 13, 10);
        break;
      case "measuresHeading":
        pdfHeading(frame, block.text, 11, 2);
        break;
      default:
        pdfParagraph(frame, block.text);
    }
  }
  return frame.finish(t.document.page);
}
