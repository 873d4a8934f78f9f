// The ministry's sector action plan (DESIGN.md §2.4): a title, an introduction and themes in
// order, each with a description and measures (Tiltak), mandatory (skal) or recommended (bør),
// optionally with a due date. Measures and themes carry ids that stay the same across versions,
// so that the agencies' follow-up survives a new version. Pure: no I/O.
import { z } from "zod";
import { plainText } from "@/lib/domain/text";
import { localized } from "@/lib/i18n/current";
import { sectorPlanTexts } from "@/lib/i18n/sector-plan";

/** The sector plan's texts in the current language, read when a message is needed (never at module load). */
const t = () => localized(sectorPlanTexts);

export const MEASURE_KINDS = ["MANDATORY", "RECOMMENDED"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

const id = plainText().min(1).max(40);
const text = (max: number) => plainText().max(max, { error: () => t().errors.tooLong }).default("");
/** A calendar date that exists (2024-02-31 does not), or empty. */
const isRealDate = (v: string) => {
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
};
const optionalDate = plainText()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: () => t().errors.invalidDate })
  .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isRealDate(v), { error: () => t().errors.invalidDate })
  .default("");

export const sectorMeasureSchema = z.object({
  id,
  text: text(3_000),
  kind: z.enum(MEASURE_KINDS).default("MANDATORY"),
  due: optionalDate,
});

export const sectorThemeSchema = z.object({
  id,
  title: text(200),
  description: text(5_000),
  measures: z.array(sectorMeasureSchema).max(20, { error: () => t().errors.tooMany }).default([]),
});

export const sectorPlanContentSchema = z.object({
  title: text(300),
  introduction: text(10_000),
  themes: z.array(sectorThemeSchema).max(30, { error: () => t().errors.tooMany }).default([]),
});

/** A new plan: the year and a working title. */
export const newSectorPlanSchema = z.object({
  year: z.coerce
    .number({ error: () => t().errors.yearRequired })
    .int({ error: () => t().errors.yearRequired })
    .min(2018, { error: () => t().errors.yearRequired })
    .max(2100, { error: () => t().errors.yearRequired }),
  title: plainText().trim().min(1, { error: () => t().errors.titleRequired }).max(300, { error: () => t().errors.tooLong }),
});

export type SectorMeasure = z.infer<typeof sectorMeasureSchema>;
export type SectorTheme = z.infer<typeof sectorThemeSchema>;
export type SectorPlanContent = z.infer<typeof sectorPlanContentSchema>;

/** Stored JSON → content; anything unreadable is an empty plan rather than a crash. */
export function readSectorPlanContent(json: unknown): SectorPlanContent {
  const parsed = sectorPlanContentSchema.safeParse(json ?? {});
  return parsed.success ? parsed.data : sectorPlanContentSchema.parse({});
}

export function emptySectorPlan(title: string): SectorPlanContent {
  return { title, introduction: "", themes: [] };
}

const filled = (s: string) => s.trim().length > 0;

/**
 * What keeps a draft from being published, as field paths ("themes.1.measures.0.text") with a
 * message: a title, at least one theme, every theme titled and with at least one measure, every
 * measure written.
 */
export function publishProblems(c: SectorPlanContent): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const add = (path: string, message: string) => (problems[path] ??= []).push(message);
  if (!filled(c.title)) add("title", t().errors.titleRequired);
  if (c.themes.length === 0) add("themes", t().errors.noTheme);
  c.themes.forEach((theme, i) => {
    if (!filled(theme.title)) add(`themes.${i}.title`, t().errors.themeTitleRequired);
    if (theme.measures.length === 0) add(`themes.${i}.measures`, t().errors.noMeasure);
    theme.measures.forEach((m, j) => {
      if (!filled(m.text)) add(`themes.${i}.measures.${j}.text`, t().errors.measureTextRequired);
    });
  });
  return problems;
}

/** Ids must be unique within a plan (the follow-up is keyed by them). */
export function duplicateIds(c: SectorPlanContent): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const theme of c.themes) {
    for (const x of [theme.id, ...theme.measures.map((m) => m.id)]) {
      if (seen.has(x)) dupes.add(x);
      seen.add(x);
    }
  }
  return [...dupes];
}

/** The plan's life: a draft never published; published (the draft is the latest version); or a
 * published plan being revised (the draft differs from the latest version and becomes n+1). */
export type SectorPlanState = "DRAFT" | "PUBLISHED" | "REVISING";

/** Content compared as data, not as key order in JSON. */
export function sameContent(a: SectorPlanContent, b: SectorPlanContent): boolean {
  return JSON.stringify(sectorPlanContentSchema.parse(a)) === JSON.stringify(sectorPlanContentSchema.parse(b));
}

export function sectorPlanState(draft: SectorPlanContent, latestPublished: SectorPlanContent | null): SectorPlanState {
  if (!latestPublished) return "DRAFT";
  return sameContent(draft, latestPublished) ? "PUBLISHED" : "REVISING";
}

/**
 * Whether publishing is possible now, and the number it would get: never when nothing changed
 * since the latest version, and only when the draft is complete.
 */
export function publishCheck(
  draft: SectorPlanContent,
  latest: { number: number; content: SectorPlanContent } | null,
): { ok: true; number: number } | { ok: false; reason: "unchanged" | "incomplete"; problems: Record<string, string[]> } {
  if (latest && sameContent(draft, latest.content)) return { ok: false, reason: "unchanged", problems: {} };
  const problems = publishProblems(draft);
  if (Object.keys(problems).length > 0) return { ok: false, reason: "incomplete", problems };
  return { ok: true, number: (latest?.number ?? 0) + 1 };
}

/** Every measure of a plan with its theme, in the plan's order. */
export function allMeasures(c: SectorPlanContent): { theme: SectorTheme; measure: SectorMeasure; number: string }[] {
  return c.themes.flatMap((theme, i) =>
    theme.measures.map((measure, j) => ({ theme, measure, number: theme.measures.length > 1 ? `${i + 1}.${j + 1}` : `${i + 1}` })),
  );
}

/** Moves item `index` one place up (-1) or down (+1); the same list when it cannot move. */
export function move<T>(list: readonly T[], index: number, direction: -1 | 1): T[] {
  const to = index + direction;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

// What changed between two published versions, by the stable ids.
export type SectorPlanChange =
  | { kind: "title" | "introduction"; before: string; after: string }
  | { kind: "themeAdded" | "themeRemoved"; theme: string }
  | { kind: "themeRenamed"; before: string; after: string }
  | { kind: "themeDescription"; theme: string; before: string; after: string }
  | { kind: "themesReordered" }
  | { kind: "measureAdded" | "measureRemoved"; theme: string; text: string; measureKind: MeasureKind }
  | { kind: "measureText"; theme: string; before: string; after: string }
  | { kind: "measureKind"; theme: string; text: string; before: MeasureKind; after: MeasureKind }
  | { kind: "measureDue"; theme: string; text: string; before: string; after: string }
  | { kind: "measureMoved"; text: string; from: string; to: string };

export function sectorPlanChanges(older: SectorPlanContent, newer: SectorPlanContent): SectorPlanChange[] {
  const changes: SectorPlanChange[] = [];
  if (older.title !== newer.title) changes.push({ kind: "title", before: older.title, after: newer.title });
  if (older.introduction !== newer.introduction) changes.push({ kind: "introduction", before: older.introduction, after: newer.introduction });
  const oldThemes = new Map(older.themes.map((th) => [th.id, th]));
  const newThemes = new Map(newer.themes.map((th) => [th.id, th]));
  const oldMeasures = new Map(older.themes.flatMap((th) => th.measures.map((m) => [m.id, { m, theme: th }] as const)));
  const newMeasures = new Map(newer.themes.flatMap((th) => th.measures.map((m) => [m.id, { m, theme: th }] as const)));
  for (const th of newer.themes) {
    const before = oldThemes.get(th.id);
    if (!before) {
      changes.push({ kind: "themeAdded", theme: th.title });
      continue;
    }
    if (before.title !== th.title) changes.push({ kind: "themeRenamed", before: before.title, after: th.title });
    if (before.description !== th.description) {
      changes.push({ kind: "themeDescription", theme: th.title, before: before.description, after: th.description });
    }
  }
  for (const th of older.themes) if (!newThemes.has(th.id)) changes.push({ kind: "themeRemoved", theme: th.title });
  const common = (list: SectorTheme[], other: Map<string, SectorTheme>) => list.filter((th) => other.has(th.id)).map((th) => th.id);
  if (common(older.themes, newThemes).join() !== common(newer.themes, oldThemes).join()) changes.push({ kind: "themesReordered" });
  for (const [mid, { m, theme }] of newMeasures) {
    const before = oldMeasures.get(mid);
    if (!before) {
      changes.push({ kind: "measureAdded", theme: theme.title, text: m.text, measureKind: m.kind });
      continue;
    }
    if (before.theme.id !== theme.id) changes.push({ kind: "measureMoved", text: m.text, from: before.theme.title, to: theme.title });
    if (before.m.text !== m.text) changes.push({ kind: "measureText", theme: theme.title, before: before.m.text, after: m.text });
    if (before.m.kind !== m.kind) changes.push({ kind: "measureKind", theme: theme.title, text: m.text, before: before.m.kind, after: m.kind });
    if (before.m.due !== m.due) changes.push({ kind: "measureDue", theme: theme.title, text: m.text, before: before.m.due, after: m.due });
  }
  for (const [mid, { m, theme }] of oldMeasures) {
    if (!newMeasures.has(mid)) changes.push({ kind: "measureRemoved", theme: theme.title, text: m.text, measureKind: m.kind });
  }
  return changes;
}
