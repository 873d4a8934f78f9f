// The minutes of a governance meeting ("Referat fra etatsstyringsmøte") as one list of sections,
// rendered by the PDF (meeting-minutes-pdf.ts) and the DOCX (meeting-minutes-docx.ts) alike:
// the ministry's letterhead, the meeting's date and parties, participants, the basis (the brief
// as it stood), the points agreed, and the follow-up of earlier points with their statuses.
import type { MeetingMinutesData } from "@/lib/data/meetings";
import { formatShare, formatShortDate } from "@/lib/domain/format";
import type { MeetingBasis } from "@/lib/domain/meetings";
import { meetingText as t } from "@/lib/i18n/meetings-nb";
import { nb } from "@/lib/i18n/nb";
import type { PlanStatus } from "@/lib/domain/plan";
import { figureLine } from "./meeting-brief-pdf";
import { ministryFooterColumns, type FooterLine } from "./letter-text";

export interface MinutesTable {
  columns: string[];
  /** Relative widths of the columns (they add up to 1). */
  widths: number[];
  rows: string[][];
}

export interface MinutesSection {
  heading: string;
  paragraphs: string[];
  table?: MinutesTable;
}

export interface MinutesDocument {
  letterhead: string;
  title: string;
  /** Under the title: the parties, the date, whether the record is final. */
  lines: string[];
  sections: MinutesSection[];
  footer: FooterLine[][];
  meta: { title: string; author: string; subject: string };
}

export const DRAFT_MARK = "UTKAST – ikke fastsatt";

/** The basis (the brief as it stood when the record was made), in sentences. */
export function basisLines(basis: MeetingBasis, basisAt: Date): string[] {
  const plan = basis.plan;
  const fu = basis.followUp;
  return [
    t.basisAt(basisAt),
    plan ? t.basisPlan(plan.roundTitle, nb.planStatus[plan.status as PlanStatus] ?? plan.status, plan.latestVersion, new Date(`${plan.deadline}T00:00:00Z`)) : t.basisNoPlan,
    t.basisComments(basis.openComments),
    fu ? t.basisFollowUp(fu.title, fu.versionNumber, fu.done, fu.mandatory, formatShare(fu.done, fu.mandatory)) : t.basisNoFollowUp,
    t.basisFigures,
    ...(basis.figures.length === 0 ? [t.basisNoFigures] : basis.figures.map((f) => figureLine(f.year, f.figure))),
  ];
}

const who = (responsible: string, side: keyof typeof t.sides) => `${responsible} (${t.sides[side].toLowerCase()})`;
const dateOrDash = (d: Date | null) => (d ? formatShortDate(d) : "–");

export function minutesDocument({ record: r, ministry }: MeetingMinutesData): MinutesDocument {
  const c = t.columns;
  const title = t.minutesTitle;
  const sections: MinutesSection[] = [
    {
      heading: t.headings.participants,
      paragraphs: r.participants.length === 0 ? [t.noParticipants] : [],
      table: r.participants.length === 0 ? undefined : { columns: [c.name, c.title, c.side], widths: [0.4, 0.4, 0.2], rows: r.participants.map((p) => [p.name, p.title || "–", t.sides[p.side]]) },
    },
    { heading: t.headings.basis, paragraphs: basisLines(r.basis, r.basisAt) },
    {
      heading: t.headings.points,
      paragraphs: r.points.length === 0 ? [t.noPoints] : [],
      table: r.points.length === 0 ? undefined : {
        columns: ["Nr.", c.what, c.who, c.due], widths: [0.07, 0.53, 0.25, 0.15],
        rows: r.points.map((p, i) => [`${i + 1}`, p.what, who(p.responsible, p.side), dateOrDash(p.dueOn)]),
      },
    },
    {
      heading: t.headings.followUp,
      paragraphs: r.followUps.length === 0 ? [t.noFollowUp] : [],
      table: r.followUps.length === 0 ? undefined : {
        columns: [c.what, c.who, c.status, c.comment], widths: [0.4, 0.2, 0.15, 0.25],
        rows: r.followUps.map((f) => [`${f.what} (${c.agreedIn.toLowerCase()} ${formatShortDate(f.agreedOn)}${f.dueOn ? `, frist ${formatShortDate(f.dueOn)}` : ""})`, who(f.responsible, f.side), t.pointStatuses[f.status], f.comment || "–"]),
      },
    },
  ];
  if (r.markFirstMeasure && r.firstMeasure) sections.push({ heading: t.headings.firstMeasure, paragraphs: [t.firstMeasureMarked(r.firstMeasure.text)] });
  return {
    letterhead: ministry.letterhead,
    title,
    lines: [
      t.agencyLine(r.agency.name, ministry.name),
      t.dateLine(r.date),
      r.status === "FINAL" && r.finalisedAt ? t.finalisedAt(formatShortDate(r.finalisedAt)) : DRAFT_MARK,
    ],
    sections,
    footer: ministryFooterColumns(ministry),
    meta: { title: `${title} ${formatShortDate(r.date)} – ${r.agency.name}`, author: ministry.name, subject: `${r.agency.name}, ${formatShortDate(r.date)}` },
  };
}

/** The download's file name. */
export const minutesFileName = (d: MeetingMinutesData, ext: "pdf" | "docx") => `Referat etatsstyringsmøte ${d.record.agency.name} ${d.record.date.toISOString().slice(0, 10)}.${ext}`;
