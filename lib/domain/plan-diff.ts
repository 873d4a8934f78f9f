// The version comparison of a plan, element by element, within one time budget for the whole plan.
// Pure: no I/O, no UI texts.
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import type { PlanContent, PlanElementKey } from "@/lib/domain/plan-content";
import { planElementText } from "@/lib/domain/plan-text";
import { DiffBudget, diffSegments, DIFF_BUDGET_MS, EDIT_BUDGET, type TextDiff } from "@/lib/domain/text-diff";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";

export interface ElementDiff {
  element: PlanElementKey;
  /** The older version's text of the element. */
  before: string;
  /** The newer version's text of the element. */
  after: string;
  /** What changed; null when the element is the same in both versions. */
  diff: TextDiff | null;
}

/**
 * Every element of two versions (the older first), compared within one budget of edits and of
 * time for them all (lib/domain/text-diff.ts). Elements past the budget are shown as replaced.
 * The texts' labels are in the reader's language.
 */
export function comparePlanVersions(
  older: PlanContent,
  newer: PlanContent,
  budget: DiffBudget = new DiffBudget(EDIT_BUDGET, Date.now() + DIFF_BUDGET_MS),
  locale: Locale = DEFAULT_LOCALE,
): ElementDiff[] {
  return PLAN_ELEMENTS.map((element) => {
    const before = planElementText(older, element, locale);
    const after = planElementText(newer, element, locale);
    return { element, before, after, diff: before === after ? null : diffSegments(before, after, budget) };
  });
}
