// Pure helpers for the plan editor: new rows, comparing content, and the plain-text summary
// of another person's version shown on a save conflict.
import { planContentSchema, type PlanContent, type PlanElementKey } from "@/lib/domain/plan-content";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import { formatPlanDate } from "@/lib/domain/plan-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { planTexts } from "@/lib/i18n/plan-nb";
import { planEditorTexts } from "@/lib/i18n/plan-editor";

export type Challenge = PlanContent["challenges"][number];
export type Measure = PlanContent["measures"][number];
export type Goal = PlanContent["goals"][number];
export type Responsibility = PlanContent["responsibilities"][number];

/** A short id for a new row (the schema allows up to 40 characters). */
export function newRowId(): string {
  return crypto.randomUUID().slice(0, 12);
}

export const newChallenge = (): Challenge => ({ id: newRowId(), category: "RECRUITMENT_PRACTICE", challenge: "", opportunities: "" });
export const newMeasure = (): Measure => ({ id: newRowId(), what: "", owner: "", due: "", status: "NOT_STARTED", challengeId: "" });
export const newGoal = (term: Goal["term"] = "SHORT"): Goal => ({ id: newRowId(), term, description: "", target: "", date: "" });
export const newResponsibility = (): Responsibility => ({ id: newRowId(), who: "", what: "" });

/** JSON with object keys sorted, so two equal contents always give the same string. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The part of the content that belongs to one element. */
export function elementValue(content: PlanContent, element: PlanElementKey): unknown {
  return element === "traineeAssessment" ? content.trainee : content[element];
}

/** The elements whose content differs, in plan order. */
export function differingElements(a: PlanContent, b: PlanContent): PlanElementKey[] {
  return PLAN_ELEMENTS.filter((k) => stableStringify(elementValue(a, k)) !== stableStringify(elementValue(b, k)));
}

/** Content from the server (conflict data, localStorage): parsed, or null if it is not plan content. */
export function parsePlanContent(value: unknown): PlanContent | null {
  const parsed = planContentSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** "2024-05-01" → "1.5.2024" ("1 May 2024" in English); anything else unchanged. */
export function formatIsoDate(value: string, locale: Locale = DEFAULT_LOCALE): string {
  return formatPlanDate(value, locale) || value;
}

const clean = (s: string) => s.trim().replace(/\s+/g, " ");

/** One element of a plan as short plain-text lines (for the conflict view), in the page's language. */
export function summarizeElement(content: PlanContent, element: PlanElementKey, locale: Locale = DEFAULT_LOCALE): string[] {
  const plan = textsIn(planTexts, locale);
  const t = textsIn(planEditorTexts, locale);
  const orEmpty = (s: string) => clean(s) || t.empty;
  switch (element) {
    case "challenges":
      return content.challenges.map(
        (c) => `${plan.challengeCategories[c.category]}: ${orEmpty(c.challenge)} ${t.summary.opportunities} ${orEmpty(c.opportunities)}`,
      );
    case "measures":
      return content.measures.map((m) => {
        const details = [
          m.owner.trim() ? t.summary.owner(clean(m.owner)) : "",
          m.due ? t.summary.due(formatIsoDate(m.due, locale)) : "",
          plan.measureStatuses[m.status].toLowerCase(),
        ].filter(Boolean);
        return `${orEmpty(m.what)} (${details.join(", ")})`;
      });
    case "goals":
      return content.goals.map((g) => {
        const details = [g.target.trim() ? clean(g.target) : "", g.date ? formatIsoDate(g.date, locale) : ""].filter(Boolean);
        return `${plan.goalTerms[g.term]}: ${orEmpty(g.description)}${details.length ? ` (${details.join(", ")})` : ""}`;
      });
    case "goalLink":
      return [orEmpty(content.goalLink.text), ...content.goalLink.agencyGoals.filter((g) => g.trim()).map((g) => t.summary.agencyGoal(clean(g)))];
    case "responsibilities":
      return content.responsibilities.map((r) => `${orEmpty(r.who)}: ${orEmpty(r.what)}`);
    case "traineeAssessment": {
      const x = content.trainee;
      return [
        x.decision ? plan.traineeDecisions[x.decision] : t.summary.noDecision,
        ...(x.positions.trim() ? [t.summary.positions(clean(x.positions))] : []),
        ...(x.count !== null ? [t.summary.count(x.count)] : []),
        ...(x.reasoning.trim() ? [t.summary.reasoning(clean(x.reasoning))] : []),
      ];
    }
  }
}

/** For each element that differs, the other version's content as plain text (empty list: nothing there). */
export function conflictSummary(mine: PlanContent, theirs: PlanContent, locale: Locale = DEFAULT_LOCALE): { element: PlanElementKey; lines: string[] }[] {
  return differingElements(mine, theirs).map((element) => ({ element, lines: summarizeElement(theirs, element, locale) }));
}

/** "Trainee count" as typed → number, null (empty) or "invalid". */
export function parseCount(text: string): number | null | "invalid" {
  const s = text.trim().replace(/\s/g, "");
  if (s === "") return null;
  if (!/^\d+$/.test(s)) return "invalid";
  const n = Number(s);
  return n <= 1000 ? n : "invalid";
}

/** Server field errors: element keys ("measures") apart from field paths ("measures.0.due"), without the "content." prefix. */
export function splitFieldErrors(fieldErrors: Record<string, string[] | undefined> | undefined): {
  elements: Partial<Record<PlanElementKey, string[]>>;
  fields: Record<string, string[]>;
  other: string[];
} {
  const elements: Partial<Record<PlanElementKey, string[]>> = {};
  const fields: Record<string, string[]> = {};
  const other: string[] = [];
  for (const [rawKey, messages] of Object.entries(fieldErrors ?? {})) {
    if (!messages?.length) continue;
    const key = rawKey.startsWith("content.") ? rawKey.slice("content.".length) : rawKey;
    if ((PLAN_ELEMENTS as readonly string[]).includes(key)) elements[key as PlanElementKey] = messages;
    else if (rawKey !== key && key.includes(".")) fields[key] = messages;
    else other.push(...messages);
  }
  return { elements, fields, other };
}
