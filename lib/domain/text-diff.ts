// What changed between two texts, as the version comparison shows it: lines first, then words
// within lines that were changed rather than replaced. Pure: no I/O, no UI texts.
//
// The work is bounded. Myers' algorithm (jsdiff) costs about O(N + D²) for an edit distance D, and
// two completely different maximum-size plans give D in the hundreds of thousands: minutes of CPU
// on the server for one page view. So every jsdiff call gets a `maxEditLength`, and one budget of
// edits is shared by all the calls of a comparison (a call that gives up spends its whole
// `maxEditLength`). That bounds the work deterministically: completely different texts always use
// up the budget, whatever the machine. A `timeout` from one deadline for the whole comparison is
// the safety net on top. When a bound is hit, the text is shown as replaced: the old text removed,
// the new text added. Changed lines too long to cut into words cheaply are shown as replaced too.
import { diffLines, diffWordsWithSpace, type ChangeObject } from "diff";

type Change = ChangeObject<string>;

export interface DiffSegment {
  text: string;
  kind: "same" | "removed" | "added";
}

export interface TextDiff {
  /** The older text's segments: unchanged and removed. */
  left: DiffSegment[];
  /** The newer text's segments: unchanged and added. */
  right: DiffSegment[];
  /** The line comparison hit its bound: the whole text is shown as replaced. */
  replaced: boolean;
}

/** Generous for real edits (a plan's element has tens of lines), small enough to be fast. */
export const MAX_LINE_EDITS = 500;
export const MAX_WORD_EDITS = 500;
/**
 * Changed lines longer than this in all are not compared word by word (cutting words up costs
 * time in proportion to the text, whatever the edits): some 40 full lines of a usual plan.
 */
export const MAX_WORD_DIFF_CHARS = 40_000;
/** Edits (lines and words added or removed) that one whole comparison looks for in all. */
export const EDIT_BUDGET = 4_000;
/** The time one whole comparison (every element of a plan) may take at most. */
export const DIFF_BUDGET_MS = 500;

/** What one comparison may still spend. Shared by the comparisons of a plan's elements. */
export class DiffBudget {
  constructor(
    /** Edits left to look for. */
    public edits: number = EDIT_BUDGET,
    /** Epoch milliseconds after which no comparison runs. */
    readonly deadline: number = Date.now() + DIFF_BUDGET_MS,
  ) {}

  /** The bounds for one jsdiff call of at most `max` edits, or null when the budget is spent. */
  bounds(max: number): { maxEditLength: number; timeout: number } | null {
    const timeout = this.deadline - Date.now();
    const maxEditLength = Math.min(max, this.edits);
    return timeout > 0 && maxEditLength > 0 ? { maxEditLength, timeout } : null;
  }

  /** Spends what a call used: its edits, or its whole allowance when it gave up. */
  spend(result: readonly Change[] | undefined, allowance: number): void {
    this.edits -= result ? result.reduce((n, c) => n + (c.added || c.removed ? c.count : 0), 0) : allowance;
  }
}

/** Below this share of unchanged characters, a changed line is shown as replaced, not word by word. */
const WORD_DIFF_MIN_COMMON = 0.4;

function push(list: DiffSegment[], text: string, kind: DiffSegment["kind"]) {
  if (!text) return;
  const last = list[list.length - 1];
  if (last && last.kind === kind) last.text += text;
  else list.push({ text, kind });
}

/** The whole older text removed, the whole newer text added. */
export function replacedDiff(older: string, newer: string): TextDiff {
  return {
    left: older ? [{ text: older, kind: "removed" }] : [],
    right: newer ? [{ text: newer, kind: "added" }] : [],
    replaced: true,
  };
}

/**
 * The older text's segments (unchanged and removed) and the newer text's (unchanged and added).
 * Changed lines are compared word by word when enough of them stays the same and the word
 * comparison stays within its bound; otherwise they are shown as replaced.
 */
export function diffSegments(older: string, newer: string, budget: DiffBudget = new DiffBudget()): TextDiff {
  const lineBounds = budget.bounds(MAX_LINE_EDITS);
  const parts = lineBounds ? diffLines(`${older}\n`, `${newer}\n`, lineBounds) : undefined;
  if (lineBounds) budget.spend(parts, lineBounds.maxEditLength);
  if (!parts) return replacedDiff(older, newer);
  const left: DiffSegment[] = [];
  const right: DiffSegment[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      const wordBounds = part.value.length + next.value.length <= MAX_WORD_DIFF_CHARS ? budget.bounds(MAX_WORD_EDITS) : null;
      const words = wordBounds ? diffWordsWithSpace(part.value, next.value, wordBounds) : undefined;
      if (wordBounds) budget.spend(words, wordBounds.maxEditLength);
      const common = words ? words.filter((w) => !w.added && !w.removed).reduce((n, w) => n + w.value.trim().length, 0) : 0;
      const longest = Math.max(part.value.trim().length, next.value.trim().length, 1);
      if (words && common / longest >= WORD_DIFF_MIN_COMMON) {
        for (const w of words) {
          if (w.removed) push(left, w.value, "removed");
          else if (w.added) push(right, w.value, "added");
          else {
            push(left, w.value, "same");
            push(right, w.value, "same");
          }
        }
      } else {
        push(left, part.value, "removed");
        push(right, next.value, "added");
      }
      i++;
    } else if (part.removed) push(left, part.value, "removed");
    else if (part.added) push(right, part.value, "added");
    else {
      push(left, part.value, "same");
      push(right, part.value, "same");
    }
  }
  return { left: joinChanges(left), right: joinChanges(right), replaced: false };
}

/**
 * One mark for "Ikke startet", not one per word: spaces (not line breaks) between two changes
 * join them. Drops the line break added above so that the last lines compare as lines.
 */
function joinChanges(list: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    const prev = out[out.length - 1];
    const next = list[i + 1];
    if (s.kind === "same" && /^[ \t]+$/.test(s.text) && prev && next && prev.kind !== "same" && prev.kind === next.kind) {
      prev.text += s.text + next.text;
      i++;
    } else if (prev && prev.kind === s.kind) prev.text += s.text;
    else out.push({ ...s });
  }
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/\n$/, "");
  if (last && !last.text) out.pop();
  return out;
}
