// Two versions of a plan side by side, element by element: the older on the left with removed
// text struck through, the newer on the right with added text underlined. Colour only supports
// the marks: <del>/<ins>, strike-through/underline and a hidden "Fjernet:"/"Lagt til:" for screen readers.
// A server component (no state, no effects).
import { diffLines, diffWordsWithSpace } from "diff";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { PlanContent } from "@/lib/domain/plan-content";
import { planElementText } from "@/lib/domain/plan-text";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import { planText as t } from "@/lib/i18n/plan-nb";

export interface DiffSegment {
  text: string;
  kind: "same" | "removed" | "added";
}

/** Below this share of unchanged characters, a changed line is shown as replaced, not word by word. */
const WORD_DIFF_MIN_COMMON = 0.4;

function push(list: DiffSegment[], text: string, kind: DiffSegment["kind"]) {
  if (!text) return;
  const last = list[list.length - 1];
  if (last && last.kind === kind) last.text += text;
  else list.push({ text, kind });
}

/**
 * The older text's segments (unchanged and removed) and the newer text's (unchanged and added):
 * lines first, then words within lines that were changed rather than replaced.
 */
export function diffSegments(older: string, newer: string): { left: DiffSegment[]; right: DiffSegment[] } {
  const left: DiffSegment[] = [];
  const right: DiffSegment[] = [];
  const parts = diffLines(`${older}\n`, `${newer}\n`);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      const words = diffWordsWithSpace(part.value, next.value);
      const common = words.filter((w) => !w.added && !w.removed).reduce((n, w) => n + w.value.trim().length, 0);
      const longest = Math.max(part.value.trim().length, next.value.trim().length, 1);
      if (common / longest >= WORD_DIFF_MIN_COMMON) {
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
  return { left: joinChanges(left), right: joinChanges(right) };
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

/** A marked change keeps its line breaks outside the mark, so each line is marked on its own. */
function Mark({ segment }: { segment: DiffSegment }) {
  if (segment.kind === "same") return <>{segment.text}</>;
  const lines = segment.text.split("\n");
  return (
    <>
      {lines.map((line, i) => (
        <span key={i}>
          {i > 0 && "\n"}
          {line &&
            (segment.kind === "removed" ? (
              <del className="bg-[var(--ds-color-danger-surface-tinted)] line-through decoration-2">
                <span className="sr-only">{t.diff.removedPrefix} </span>
                {line}
              </del>
            ) : (
              <ins className="bg-[var(--ds-color-success-surface-tinted)] underline decoration-2 underline-offset-2">
                <span className="sr-only">{t.diff.addedPrefix} </span>
                {line}
              </ins>
            ))}
        </span>
      ))}
    </>
  );
}

function Column({ label, segments }: { label: string; segments: DiffSegment[] }) {
  return (
    <div className="min-w-0 rounded border border-[var(--ds-color-neutral-border-subtle)] p-3">
      <Heading level={3} data-size="2xs" className="mb-2">
        {label}
      </Heading>
      <div className="whitespace-pre-wrap break-words">
        {segments.map((s, i) => (
          <Mark key={i} segment={s} />
        ))}
      </div>
    </div>
  );
}

export function VersionDiff({
  left,
  right,
  leftLabel = t.diff.older,
  rightLabel = t.diff.newer,
}: {
  /** The older version. */
  left: PlanContent;
  /** The newer version. */
  right: PlanContent;
  leftLabel?: string;
  rightLabel?: string;
}) {
  return (
    <div className="flex flex-col gap-8">
      <Paragraph data-size="sm">{t.diff.legend}</Paragraph>
      {PLAN_ELEMENTS.map((element) => {
        const before = planElementText(left, element);
        const after = planElementText(right, element);
        const headingId = `endringer-${element}`;
        return (
          <section key={element} aria-labelledby={headingId} className="flex flex-col gap-3">
            <Heading level={2} data-size="sm" id={headingId}>
              {t.elements[element]}
            </Heading>
            {before === after ? (
              <details className="rounded border border-[var(--ds-color-neutral-border-subtle)] p-3">
                <summary className="cursor-pointer">
                  {t.diff.noChanges}
                  <span className="sr-only"> i {t.elements[element]}</span> – {t.diff.showUnchanged.toLowerCase()}
                </summary>
                <div className="mt-2 whitespace-pre-wrap break-words">{after}</div>
              </details>
            ) : (
              (() => {
                const { left: older, right: newer } = diffSegments(before, after);
                return (
                  <div className="grid gap-4 md:grid-cols-2">
                    <Column label={leftLabel} segments={older} />
                    <Column label={rightLabel} segments={newer} />
                  </div>
                );
              })()
            )}
          </section>
        );
      })}
    </div>
  );
}
