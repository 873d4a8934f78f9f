// Next year's sector plan, made from this year's published one, and what happens to the agencies'
// follow-up (docs/decisions/020-next-sector-plan.md): a measure kept (same id in both plans)
// carries its follow-up into the new plan when the new plan is first published; a measure left out
// is closed in the old plan, its history kept; a measure that is new starts as not started. A
// measure removed by a new version within the same year is closed by the same rule. Pure: no I/O,
// no texts (the words are in lib/i18n/sector-plan-nb.ts).
import { allMeasures, type SectorMeasure, type SectorPlanContent, type SectorTheme } from "@/lib/domain/sector-plan";

/**
 * The draft of next year's plan: the published content with the same theme and measure ids, and
 * the year in the title moved on ("Handlingsplan 2021 – …" → "Handlingsplan 2022 – …"). Only the
 * title's year as a whole number is changed; the adviser edits the rest.
 */
export function nextYearContent(published: SectorPlanContent, year: number): SectorPlanContent {
  const title = published.title.replace(new RegExp(`(?<!\\d)${year}(?!\\d)`, "g"), String(year + 1));
  return { ...structuredClone(published), title };
}

/** Measure ids of the old plan kept in the new one, left out of it, and new in it (each in plan order). */
export function measureCarryOver(previous: SectorPlanContent, next: SectorPlanContent): { kept: string[]; removed: string[]; added: string[] } {
  const before = allMeasures(previous).map((x) => x.measure.id);
  const after = allMeasures(next).map((x) => x.measure.id);
  const inNext = new Set(after);
  const inPrevious = new Set(before);
  return {
    kept: before.filter((id) => inNext.has(id)),
    removed: before.filter((id) => !inNext.has(id)),
    added: after.filter((id) => !inPrevious.has(id)),
  };
}

/**
 * Where a measure's follow-up in a plan ended, if it did:
 * - `removed`: a later version of the same plan left it out (from that version's publication);
 * - `notContinued`: next year's plan, once published, left it out;
 * - `continued`: next year's plan kept it, and the follow-up goes on there.
 * A measure with an end can no longer be reported on in this plan; its history stays readable.
 */
export type MeasureEnd =
  | { kind: "removed"; at: Date; version: number }
  | { kind: "notContinued"; at: Date; year: number }
  | { kind: "continued"; at: Date; year: number; planId: string };

export interface PublishedVersion {
  number: number;
  publishedAt: Date;
  content: SectorPlanContent;
}

/** Next year's plan as far as its first publication goes (null when not made or not published). */
export interface Successor {
  planId: string;
  year: number;
  first: PublishedVersion;
}

/** A measure of an earlier version that the latest version no longer has, with its theme as it was. */
export interface FormerMeasure {
  theme: SectorTheme;
  measure: SectorMeasure;
  number: string;
  end: Extract<MeasureEnd, { kind: "removed" }>;
}

/**
 * The ends of a plan's measures: every measure of the latest version ends when next year's plan is
 * published (continued or not); a measure some earlier version had and the latest has not ended
 * with the first version after its last appearance. `versions` in any order.
 */
export function measureEnds(versions: PublishedVersion[], successor: Successor | null): { ends: Map<string, MeasureEnd>; former: FormerMeasure[] } {
  const ordered = [...versions].sort((a, b) => a.number - b.number);
  const latest = ordered.at(-1);
  const ends = new Map<string, MeasureEnd>();
  const former: FormerMeasure[] = [];
  if (!latest) return { ends, former };
  const current = new Set(allMeasures(latest.content).map((x) => x.measure.id));
  // The last version each measure appeared in, with its theme and number there.
  const lastSeen = new Map<string, { index: number; item: ReturnType<typeof allMeasures>[number] }>();
  ordered.forEach((v, index) => allMeasures(v.content).forEach((item) => lastSeen.set(item.measure.id, { index, item })));
  for (const [id, { index, item }] of lastSeen) {
    if (current.has(id)) continue;
    const dropped = ordered[index + 1]!;
    const end = { kind: "removed" as const, at: dropped.publishedAt, version: dropped.number };
    ends.set(id, end);
    former.push({ ...item, end });
  }
  if (successor) {
    const kept = new Set(allMeasures(successor.first.content).map((x) => x.measure.id));
    for (const id of current) {
      ends.set(
        id,
        kept.has(id)
          ? { kind: "continued", at: successor.first.publishedAt, year: successor.year, planId: successor.planId }
          : { kind: "notContinued", at: successor.first.publishedAt, year: successor.year },
      );
    }
  }
  return { ends, former };
}
