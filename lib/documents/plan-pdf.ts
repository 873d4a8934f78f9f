// One submitted version of an action plan as PDF (A4): title, version, and the six elements with
// their text (lib/domain/plan-text.ts). Server-side only, like letter-pdf.ts: pdfkit reads its
// font metrics from disk ("pdfkit" is in serverExternalPackages).
import { BOLD as B, keepTogether as keep, REGULAR as R, startPdf, type Doc } from "./pdf-base";
import type { PlanContent } from "@/lib/domain/plan-content";
import type { PlanStatus } from "@/lib/domain/plan";
import { formatDateTime } from "@/lib/domain/format";
import { nb } from "@/lib/i18n/nb";
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

const SIZE = { title: 16, heading: 13, body: 10.5, meta: 10 };

/** The title, the document's metadata title too. */
export const planPdfTitle = (agencyName: string) => t.pdf.title(agencyName);

export async function renderPlanPdf(data: PlanPdfData): Promise<Uint8Array> {
  const title = planPdfTitle(data.agencyName);
  const frame = startPdf({ title, author: data.agencyName, subject: t.pdf.subject(data.roundTitle, data.versionLabel), creator: t.pdf.creator });
  const { doc, x, width } = frame;

  doc.font(B).fontSize(SIZE.title).text(title, x, doc.page.margins.top, { width });
  doc.moveDown(0.4);
  doc.font(R).fontSize(SIZE.meta).text(data.versionLabel, x, doc.y, { width });
  if (data.roundTitle) doc.text(`${t.pdf.round}: ${data.roundTitle}`, x, doc.y, { width });
  if (data.status) doc.text(`${t.pdf.status}: ${data.status}`, x, doc.y, { width });
  doc.moveDown(1);

  for (const section of planTextSections(data.content)) drawSection(doc, section.title, section.text, x, width);
  // "Side 1 av 3" at the foot of every page, drawn last so text extraction reads it after the page.
  return frame.finish((n, of) => t.pdf.page(n, of));
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

/** One submitted version as the app, the API and the archive package take it: the PDF and its file name. */
export async function planVersionPdf(v: { agencyName: string; roundTitle: string; number: number; submittedAt: Date; status: PlanStatus; content: PlanContent }) {
  const bytes = await renderPlanPdf({
    agencyName: v.agencyName,
    roundTitle: v.roundTitle,
    versionLabel: t.pdf.versionLabel(v.number, formatDateTime(v.submittedAt)),
    status: nb.planStatus[v.status],
    content: v.content,
  });
  return { bytes, fileName: t.pdf.fileName(v.agencyName, v.number) };
}
