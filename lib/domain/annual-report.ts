// The agency's text on the inclusion drive for chapter IV of its annual report (årsrapport): the
// year's figures in words and as a table (permanent, temporary, trainees, total; of whom in the
// target group), whether the 5 % goal was reached, and the narrative the allocation letter asks
// for (how recruitment is organised, an assessment against the goal, challenges, what worked),
// prefilled from the agency's action plan and its follow-up of the sector plan as of that year for
// HR to edit. One list of blocks, rendered by the page and the DOCX alike. Pure: no I/O.
import { z } from "zod";
import type { FollowUpStatus } from "@/lib/domain/follow-up";
import { formatCount, formatShare, formatShortDate, todayInNorway } from "@/lib/domain/format";
import type { PlanContent } from "@/lib/domain/plan-content";
import { formatPlanDate } from "@/lib/domain/plan-text";
import { FIRST_REPORTING_YEAR } from "@/lib/domain/schemas";
import { MIN_HIRES_FOR_SHARE, reachesGoal } from "@/lib/domain/shares";
import { plainText } from "@/lib/domain/text";
import { annualReportText as t, annualReportTexts, type WordForms } from "@/lib/i18n/annual-report-nb";
import { currentLocale, localized } from "@/lib/i18n/current";
import { planText } from "@/lib/i18n/plan-nb";
import { sectorPlanText } from "@/lib/i18n/sector-plan-nb";

// ---------------------------------------------------------------------------------------------
// Figures

/** One year's new hires as the chapter reports them. */
export interface ChapterCounts {
  permanentTotal: number;
  permanentTarget: number;
  temporaryTotal: number;
  temporaryTarget: number;
  /** Trainees of the state trainee programme who started in the year: all in the target group, counted once. */
  trainees: number;
}

export const chapterTotal = (c: ChapterCounts) => c.permanentTotal + c.temporaryTotal + c.trainees;
export const chapterTarget = (c: ChapterCounts) => c.permanentTarget + c.temporaryTarget + c.trainees;


/** "ingen nytilsatte", "1 nytilsatt", "2 nytilsatte". */
export function countText(n: number, [one, many]: WordForms): string {
  return n === 0 ? `${t.none} ${many}` : `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "a", "a og b", "a, b og c". */
function listText(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${t.and} ${items.at(-1)}`;
}

// ---------------------------------------------------------------------------------------------
// "As of that year"

/** The first moment after the year in Norway: 1 January is always winter time (UTC+1). */
export function endOfYear(year: number): Date {
  return new Date(Date.UTC(year + 1, 0, 1) - 60 * 60 * 1000);
}

/** The last of the items dated within the year or before it, or null. */
export function latestAsOf<T extends { at: Date }>(items: readonly T[], year: number): T | null {
  const end = endOfYear(year).getTime();
  let latest: T | null = null;
  for (const item of items) if (item.at.getTime() < end && (!latest || item.at.getTime() >= latest.at.getTime())) latest = item;
  return latest;
}

/** A submitted version of one of the agency's action plans. */
export interface PlanSource {
  number: number;
  submittedAt: Date;
  content: PlanContent;
}

export interface FollowUpReport {
  at: Date;
  status: FollowUpStatus;
  reason: string;
  comment: string;
}

/** The sector plan the agency follows up: its measures in order, each with every report the agency made on it. */
export interface FollowUpSource {
  title: string;
  measures: { id: string; text: string; reports: FollowUpReport[] }[];
}

/** The agency's latest submitted plan as of the end of the year. */
export function planAsOf(plans: readonly PlanSource[], year: number): PlanSource | null {
  return latestAsOf(plans.map((p) => ({ ...p, at: p.submittedAt })), year);
}

/** The measures the agency had reported on by the end of the year, each with its latest report then. */
export function followUpAsOf(source: FollowUpSource, year: number): { text: string; report: FollowUpReport }[] {
  return source.measures.flatMap((m) => {
    const report = latestAsOf(m.reports, year);
    return report ? [{ text: m.text, report }] : [];
  });
}

// ---------------------------------------------------------------------------------------------
// The narrative

export const NARRATIVE_KEYS = ["organisation", "assessment", "challenges", "whatWorked"] as const;
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];
export type Narrative = Record<NarrativeKey, string>;

export interface ChapterSource {
  agencyName: string;
  year: number;
  /** The year's reported figures; null when not reported. */
  counts: ChapterCounts | null;
  /** Every submitted version of the agency's plans (the one as of the year is chosen here). */
  plans: readonly PlanSource[];
  /** The sector plan followed up as of the year, if any. */
  followUp: FollowUpSource | null;
}

/** All white space as single spaces: one item on one line. */
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
/** Without a final full stop, for a text followed by a parenthesis. */
const noStop = (s: string) => oneLine(s).replace(/\.$/, "");
const filled = (s: string) => s.trim().length > 0;
const list = (lead: string, items: string[]) => (items.length ? [`${lead}\n${items.map((i) => `- ${i}`).join("\n")}`] : []);

/** The text proposed for each section, from the figures, the plan and the follow-up as of the year. */
export function prefillNarrative(source: ChapterSource): Narrative {
  const { year, counts } = source;
  const planVersion = planAsOf(source.plans, year);
  const plan = planVersion?.content ?? null;
  const followUp = source.followUp ? followUpAsOf(source.followUp, year) : [];

  const organisation: string[] = [];
  const assessment: string[] = [];
  const challenges: string[] = [];
  const whatWorked: string[] = [];

  if (plan) {
    const responsibilities = plan.responsibilities.filter((r) => filled(r.who) && filled(r.what));
    organisation.push(...list(t.prefill.responsibilities, responsibilities.map((r) => `${oneLine(r.who)}: ${oneLine(r.what)}`)));
    const trainee = plan.trainee;
    const traineeText =
      trainee.decision === "WILL_USE"
        ? t.prefill.traineeWillUse(oneLine(trainee.positions))
        : trainee.decision === "WILL_CONSIDER"
          ? t.prefill.traineeWillConsider(oneLine(trainee.positions))
          : trainee.decision === "NOT_NOW"
            ? t.prefill.traineeNotNow(oneLine(trainee.reasoning))
            : "";
    const count = trainee.decision !== "NOT_NOW" && trainee.count ? ` ${t.prefill.traineeCount(countText(trainee.count, ["trainee", "traineer"]))}` : "";
    if (traineeText) organisation.push(traineeText + count);
  }

  if (!counts) assessment.push(t.figures.notReported(year));
  else {
    const total = chapterTotal(counts);
    const target = chapterTarget(counts);
    if (total === 0) assessment.push(t.prefill.noHires(year));
    else if (total < MIN_HIRES_FOR_SHARE) assessment.push(t.prefill.fewHires(year));
    else {
      assessment.push(
        `${t.prefill.shareWas(formatShare(target, total), year)} ${reachesGoal(target, total) ? t.figures.goalReached : t.figures.goalNotReached}`,
      );
    }
  }
  if (planVersion && plan) {
    const goals = plan.goals.filter((g) => filled(g.description));
    assessment.push(
      ...list(
        t.prefill.goals,
        goals.map((g) => t.prefill.goalLine(planText.goalHeading(planText.goalTerms[g.term]), g.target || g.date ? noStop(g.description) : oneLine(g.description), oneLine(g.target), formatPlanDate(g.date))),
      ),
    );
    const planChallenges = plan.challenges.filter((c) => filled(c.challenge));
    challenges.push(...list(t.prefill.challenges, planChallenges.map((c) => t.prefill.challengeLine(planText.challengeCategories[c.category], oneLine(c.challenge)))));
    const measures = plan.measures.filter((m) => filled(m.what));
    whatWorked.push(
      ...list(
        t.prefill.planMeasures(formatShortDate(todayInNorway(planVersion.submittedAt))),
        measures.map((m) => t.prefill.measureLine(noStop(m.what), planText.measureStatuses[m.status].toLowerCase(), "")),
      ),
    );
  }
  if (source.followUp && followUp.length) {
    whatWorked.push(
      ...list(
        t.prefill.followUp(source.followUp.title, formatShortDate(new Date(Date.UTC(year, 11, 31)))),
        followUp.map(({ text, report }) =>
          t.prefill.measureLine(
            noStop(text),
            sectorPlanText.followUpStatuses[report.status].toLowerCase(),
            [report.status === "NOT_RELEVANT" ? report.reason : "", report.comment].map(oneLine).filter(Boolean).join(" "),
          ),
        ),
      ),
    );
  }
  return {
    organisation: organisation.join("\n\n"),
    assessment: assessment.join("\n\n"),
    challenges: challenges.join("\n\n"),
    whatWorked: whatWorked.join("\n\n"),
  };
}

// ---------------------------------------------------------------------------------------------
// The document

export interface TableRow {
  label: string;
  hires: string;
  target: string;
  /** The total row (bold in the document). */
  total?: boolean;
}

export type ChapterBlock =
  | { kind: "title"; text: string }
  | { kind: "subtitle"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; caption: string; head: [string, string, string]; rows: TableRow[] };

/** The figures for the year in words and, from 5 new hires, as the permanent/temporary table. */
export function figureBlocks(agencyName: string, year: number, counts: ChapterCounts | null): ChapterBlock[] {
  if (!counts) return [{ kind: "paragraph", text: t.figures.notReported(year) }];
  const total = chapterTotal(counts);
  const target = chapterTarget(counts);
  if (total === 0) return [{ kind: "paragraph", text: `${t.figures.noHires(agencyName, year)} ${t.figures.noGoalWithoutHires}` }];
  const hires = countText(total, t.words.newHire);
  if (total < MIN_HIRES_FOR_SHARE) {
    return [{ kind: "paragraph", text: `${t.figures.hires(agencyName, hires, year, "")} ${t.figures.fewHires(MIN_HIRES_FOR_SHARE)}` }];
  }
  const kinds = [
    [counts.permanentTotal, t.words.permanent],
    [counts.temporaryTotal, t.words.temporary],
    [counts.trainees, t.words.trainee],
  ] as const;
  const present = kinds.filter(([n]) => n > 0);
  const parts =
    present.length === 1
      ? t.figures.allIn(total, present[0]![1][total === 1 ? 0 : 1])
      : `: ${listText(present.map(([n, forms]) => countText(n, forms)))}`;
  const share = formatShare(target, total);
  const sentences = [
    t.figures.hires(agencyName, hires, year, parts),
    target === 0
      ? t.figures.noTarget(t.figures.targetGroup)
      : target === total
        ? t.figures.allTarget(t.figures.targetGroup, share)
        : t.figures.someTarget(formatCount(target), t.figures.targetGroup, share),
    ...(counts.trainees > 0 ? [t.figures.trainees(counts.trainees)] : []),
  ];
  const n = (v: number) => formatCount(v);
  return [
    { kind: "paragraph", text: sentences.join(" ") },
    {
      kind: "table",
      caption: t.table.caption(year),
      head: [t.table.kind, t.table.hires, t.table.target],
      rows: [
        { label: t.table.permanent, hires: n(counts.permanentTotal), target: n(counts.permanentTarget) },
        { label: t.table.temporary, hires: n(counts.temporaryTotal), target: n(counts.temporaryTarget) },
        { label: t.table.trainees, hires: n(counts.trainees), target: n(counts.trainees) },
        { label: t.table.total, hires: n(total), target: n(target), total: true },
        { label: t.table.share, hires: "", target: share },
      ],
    },
    { kind: "paragraph", text: reachesGoal(target, total) ? t.figures.goalReached : t.figures.goalNotReached },
  ];
}

/**
 * A section's text as blocks: paragraphs are separated by an empty line; in a paragraph, lines
 * that start with "- " (or "– ", "• ") are list items, other lines run together.
 */
export function narrativeBlocks(text: string): ChapterBlock[] {
  const blocks: ChapterBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    let lines: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (lines.length) blocks.push({ kind: "paragraph", text: oneLine(lines.join(" ")) });
      if (items.length) blocks.push({ kind: "list", items });
      lines = [];
      items = [];
    };
    for (const raw of chunk.split("\n")) {
      const line = raw.trim();
      if (!line) continue;
      const item = /^[-–•]\s+(.*)$/.exec(line);
      if (item) {
        if (lines.length) flush();
        items.push(oneLine(item[1]!));
      } else {
        if (items.length) flush();
        lines.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/** The whole chapter: title, the figures, then each section of the narrative under its heading. */
export function chapterBlocks(agencyName: string, year: number, counts: ChapterCounts | null, narrative: Narrative): ChapterBlock[] {
  return [
    { kind: "title", text: t.document.title(agencyName) },
    { kind: "subtitle", text: t.document.subtitle(year) },
    { kind: "heading", text: t.document.figuresHeading(year) },
    ...figureBlocks(agencyName, year, counts),
    ...NARRATIVE_KEYS.flatMap((key): ChapterBlock[] => [{ kind: "heading", text: t.sections[key].heading }, ...narrativeBlocks(narrative[key])]),
  ];
}

/** The blocks as plain text (tests, and a fallback view). */
export function chapterPlainText(blocks: readonly ChapterBlock[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case "list":
          return b.items.map((i) => `- ${i}`).join("\n");
        case "table":
          return [b.head, ...b.rows.map((r) => [r.label, r.hires, r.target])].map((cells) => cells.filter(Boolean).join(" | ")).join("\n");
        default:
          return b.text;
      }
    })
    .join("\n\n");
}

// ---------------------------------------------------------------------------------------------
// The form

export const NARRATIVE_MAX = 10_000;

// The messages in the language of the work in progress: the request's on the server, the page's in the browser.
const section = plainText()
  .trim()
  .min(1, { error: () => localized(annualReportTexts).errors.required })
  .max(NARRATIVE_MAX, { error: () => localized(annualReportTexts).errors.tooLong(formatCount(NARRATIVE_MAX, currentLocale())) });

/** A save of the narrative, as the form sends it (also the server's check). */
export const annualReportTextSchema = z.object({
  year: z.number().int().min(FIRST_REPORTING_YEAR).max(2100),
  /** The saved text's version the user started from; null when nothing was saved. */
  version: z.number().int().min(1).nullable(),
  organisation: section,
  assessment: section,
  challenges: section,
  whatWorked: section,
});
export type AnnualReportTextInput = z.infer<typeof annualReportTextSchema>;

/** A year in the address (/tall/arsrapport/2021): digits only, from the first reporting year to this year. */
export function parseChapterYear(param: string, currentYear: number): number | null {
  if (!/^\d{4}$/.test(param)) return null;
  const year = Number(param);
  return year >= FIRST_REPORTING_YEAR && year <= currentYear ? year : null;
}
