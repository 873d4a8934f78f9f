// An action plan's content as plain text, one element at a time: what the version comparison
// diffs (in the reader's language) and the PDF prints (always bokmål, the default). Pure: no I/O.
import { formatShortDate } from "@/lib/domain/format";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import type { PlanContent, PlanElementKey } from "@/lib/domain/plan-content";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { planTexts } from "@/lib/i18n/plan-nb";

type Texts = ReturnType<typeof textsFor>;
const textsFor = (locale: Locale) => textsIn(planTexts, locale);

type Measure = PlanContent["measures"][number];

const SEPARATOR = " | ";

/** "2021-03-01" → "1.3.2021"; "" (or anything not a date) → "". */
export function formatPlanDate(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "";
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? "" : formatShortDate(d, locale);
}

/** All white space (line breaks too) as single spaces: one field on one line. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Prose keeps its line breaks, without empty lines or trailing spaces. */
function prose(s: string): string[] {
  return s
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((line) => line.length > 0);
}

/** Shortens to at most `max` characters, at a word boundary where possible, ending with "…". */
export function shorten(text: string, max = 60): string {
  const s = oneLine(text);
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}

const orMissing = (t: Texts, s: string) => oneLine(s) || t.missing;
const filled = (s: string) => s.trim().length > 0;

/**
 * The challenge a measure answers, shortened ("" when it answers none; a note when the
 * challenge has been removed from the plan).
 */
export function measureChallengeText(content: PlanContent, measure: Measure, max = 60, locale: Locale = DEFAULT_LOCALE): string {
  const t = textsFor(locale);
  if (!measure.challengeId) return "";
  const challenge = content.challenges.find((c) => c.id === measure.challengeId);
  if (!challenge) return t.unknownChallenge;
  return shorten(challenge.challenge, max) || t.challengeCategories[challenge.category];
}

/** One measure as one line: "Tiltak: … | Eier: … | Frist: 1.3.2021 | Status: Under arbeid | Svarer på: …". */
export function measureLine(content: PlanContent, m: Measure, locale: Locale = DEFAULT_LOCALE): string {
  const t = textsFor(locale);
  const parts = [
    `${t.fields.measure}: ${orMissing(t, m.what)}`,
    `${t.fields.owner}: ${orMissing(t, m.owner)}`,
    `${t.fields.due}: ${formatPlanDate(m.due, locale) || t.missing}`,
    `${t.fields.status}: ${t.measureStatuses[m.status]}`,
  ];
  const answers = measureChallengeText(content, m, 60, locale);
  if (answers) parts.push(`${t.fields.answers}: ${answers}`);
  return parts.join(SEPARATOR);
}

/** Groups of lines, separated by an empty line in the text. */
function blocks(t: Texts, groups: string[][]): string {
  const nonEmpty = groups.filter((g) => g.length > 0);
  return nonEmpty.length === 0 ? t.empty : nonEmpty.map((g) => g.join("\n")).join("\n\n");
}

/** A labelled prose field: the label on the first line, following lines as they are. */
function labelled(t: Texts, label: string, text: string): string[] {
  const lines = prose(text);
  if (lines.length === 0) return [`${label}: ${t.missing}`];
  return [`${label}: ${lines[0]}`, ...lines.slice(1)];
}

function challengesText(c: PlanContent, t: Texts): string {
  const items = c.challenges.filter((x) => filled(x.challenge) || filled(x.opportunities));
  return blocks(
    t,
    items.map((x) => [
      `${t.fields.category}: ${t.challengeCategories[x.category]}`,
      ...labelled(t, t.fields.challenge, x.challenge),
      ...labelled(t, t.fields.opportunities, x.opportunities),
    ]),
  );
}

function measuresText(c: PlanContent, t: Texts, locale: Locale): string {
  const items = c.measures.filter((m) => filled(m.what) || filled(m.owner) || m.due);
  return blocks(t, [items.map((m) => measureLine(c, m, locale))]);
}

function goalsText(c: PlanContent, t: Texts, locale: Locale): string {
  const items = c.goals.filter((g) => filled(g.description) || filled(g.target) || g.date);
  // Short-term goals first, then long-term ones; in the plan's order within each.
  const ordered = [...items.filter((g) => g.term === "SHORT"), ...items.filter((g) => g.term === "LONG")];
  return blocks(t, [
    ordered.map((g) => {
      const parts = [`${t.goalHeading(t.goalTerms[g.term])}: ${orMissing(t, g.description)}`];
      if (filled(g.target)) parts.push(`${t.fields.target}: ${oneLine(g.target)}`);
      const date = formatPlanDate(g.date, locale);
      if (date) parts.push(`${t.fields.goalDate}: ${date}`);
      return parts.join(SEPARATOR);
    }),
  ]);
}

function goalLinkText(c: PlanContent, t: Texts): string {
  const agencyGoals = c.goalLink.agencyGoals.map(oneLine).filter((g) => g.length > 0);
  return blocks(t, [
    prose(c.goalLink.text),
    agencyGoals.length > 0 ? [`${t.fields.agencyGoals}:`, ...agencyGoals.map((g) => `- ${g}`)] : [],
  ]);
}

function responsibilitiesText(c: PlanContent, t: Texts): string {
  const items = c.responsibilities.filter((r) => filled(r.who) || filled(r.what));
  return blocks(t, [items.map((r) => `${t.fields.who}: ${orMissing(t, r.who)}${SEPARATOR}${t.fields.what}: ${orMissing(t, r.what)}`)]);
}

function traineeText(c: PlanContent, t: Texts): string {
  const { decision, positions, count, reasoning } = c.trainee;
  if (!decision && !filled(positions) && count === null && !filled(reasoning)) return t.empty;
  const lines = [`${t.fields.decision}: ${decision ? t.traineeDecisions[decision] : t.noDecision}`];
  if (filled(positions)) lines.push(`${t.fields.positions}: ${oneLine(positions)}`);
  if (count !== null) lines.push(`${t.fields.count}: ${count}`);
  // The reasoning is what a reader needs when the agency will not use the programme.
  if (filled(reasoning) || decision === "NOT_NOW") lines.push(...labelled(t, t.fields.reasoning, reasoning));
  return lines.join("\n");
}

/** One element as plain text, line by line ("Ikke fylt ut." when empty). */
export function planElementText(content: PlanContent, element: PlanElementKey, locale: Locale = DEFAULT_LOCALE): string {
  const t = textsFor(locale);
  switch (element) {
    case "challenges":
      return challengesText(content, t);
    case "measures":
      return measuresText(content, t, locale);
    case "goals":
      return goalsText(content, t, locale);
    case "goalLink":
      return goalLinkText(content, t);
    case "responsibilities":
      return responsibilitiesText(content, t);
    case "traineeAssessment":
      return traineeText(content, t);
  }
}

export interface PlanTextSection {
  element: PlanElementKey;
  title: string;
  text: string;
}

/** The six elements, in order, each with its title and text (bokmål: the PDF's). */
export function planTextSections(content: PlanContent): PlanTextSection[] {
  const t = textsFor(DEFAULT_LOCALE);
  return PLAN_ELEMENTS.map((element) => ({ element, title: t.elements[element], text: planElementText(content, element) }));
}

/** The whole plan as text: each element's title, its text, and an empty line between elements. */
export function planText(content: PlanContent): string {
  return planTextSections(content)
    .map((s) => `${s.title}\n${s.text}`)
    .join("\n\n");
}
