// One agency's brief for the governance meeting (etatsstyringsmøte) as a one-page PDF: the plan's
// status, hires and share over the years, follow-up of the sector plan, open review comments.
import { figureCountText, figureShareText } from "@/lib/domain/figure-text";
import type { MeetingBrief } from "@/lib/data/meeting-brief";
import { formatShare, formatShortDate, todayInNorway } from "@/lib/domain/format";
import { isPreliminary } from "@/lib/domain/reporting-years";
import { reportingYearsNb } from "@/lib/i18n/reporting-years-nb";
import type { AgencyFigure } from "@/lib/domain/shares";
import { nb } from "@/lib/i18n/nb";
import { sectorPlanText as t } from "@/lib/i18n/sector-plan-nb";
import { BOLD, pdfHeading, pdfParagraph, pdfSafe, REGULAR, startPdf } from "./pdf-base";

export const briefTitle = (agencyName: string) => `Underlag til etatsstyringsmøtet – ${agencyName}`;

export function briefPlanLine(brief: MeetingBrief): string {
  const p = brief.plan;
  if (!p) return "Ingen handlingsplan er bedt om ennå.";
  const version = p.latestVersion ? `, siste innsendte versjon ${p.latestVersion}` : "";
  return `${p.roundTitle}: ${nb.planStatus[p.status]}${version} (frist ${formatShortDate(p.deadline)}).`;
}

/** One year's figures in words, with the pages' suppression ("2020: Skjult"); a year still running is "foreløpig". */
export function figureLine(year: number, f: AgencyFigure, preliminary = false): string {
  const label = preliminary ? `${year} (${reportingYearsNb.preliminary})` : String(year);
  if (f.kind === "none") return `${label}: ikke rapportert`;
  if (f.kind === "suppressed") return `${label}: ${figureShareText(f)}`;
  if (f.kind === "few") return `${label}: ${figureCountText(f, "total")} nytilsatte, ${figureCountText(f, "target")} i målgruppen (${figureShareText(f)})`;
  return `${label}: ${figureCountText(f, "total")} nytilsatte, ${figureCountText(f, "target")} i målgruppen, andel ${figureShareText(f)}`;
}

export async function renderMeetingBriefPdf(brief: MeetingBrief, printedAt: Date): Promise<Uint8Array> {
  const title = briefTitle(brief.agency.name);
  const frame = startPdf({ title, author: brief.agency.ministryName, subject: `Utskrevet ${formatShortDate(printedAt)}`, creator: t.document.creator });
  const { doc, x, width } = frame;
  const small = 9;
  doc.font(BOLD).fontSize(14).text(pdfSafe(title), x, doc.page.margins.top, { width });
  pdfParagraph(frame, `${brief.agency.ministryName}. Utskrevet ${formatShortDate(printedAt)}.`, small, 4);

  pdfHeading(frame, "Handlingsplan", 11, 4);
  pdfParagraph(frame, briefPlanLine(brief), small, 2);
  if (brief.openComments.length > 0) {
    pdfParagraph(frame, "Åpne kommentarer fra departementet:", small, 1);
    for (const c of brief.openComments) pdfParagraph(frame, `– ${c.element === "general" ? "Generelt" : (nb.planElements[c.element as keyof typeof nb.planElements] ?? c.element)}: ${c.body}`, small, 1);
  } else pdfParagraph(frame, "Ingen åpne kommentarer.", small, 2);

  pdfHeading(frame, "Nytilsettinger og andel i målgruppen", 11, 4);
  if (brief.figures.length === 0) pdfParagraph(frame, "Ingen tall rapportert.", small, 2);
  const currentYear = todayInNorway(printedAt).getUTCFullYear();
  for (const f of brief.figures) pdfParagraph(frame, figureLine(f.year, f.figure, isPreliminary(f.year, currentYear)), small, 1);

  pdfHeading(frame, "Oppfølging av sektorplanen", 11, 6);
  const fu = brief.followUp;
  if (!fu) pdfParagraph(frame, t.errors.notPublished, small, 2);
  else {
    pdfParagraph(frame, `${fu.plan.content.title}, versjon ${fu.plan.versionNumber}. Skal-tiltak gjennomført: ${fu.share.done} av ${fu.share.mandatory} (${formatShare(fu.share.done, fu.share.mandatory)}).`, small, 3);
    for (const m of fu.measures) {
      const status = t.followUpStatuses[m.followUp?.status ?? "NOT_STARTED"];
      const note = m.followUp?.reason || m.followUp?.comment;
      doc.font(BOLD).fontSize(small).text(pdfSafe(`Tiltak ${m.number} (${t.measureKinds[m.measure.kind].toLowerCase()}), ${m.theme.title}: ${status}`), x, doc.y, { width });
      if (note) doc.font(REGULAR).fontSize(small).text(pdfSafe(note), x, doc.y, { width });
      doc.y += 2;
    }
  }
  return frame.finish(t.document.page);
}
