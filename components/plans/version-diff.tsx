// Two versions of a plan side by side, element by element: the older on the left with removed
// text struck through, the newer on the right with added text underlined. Colour only supports
// the marks: <del>/<ins>, strike-through/underline and a hidden "Fjernet:"/"Lagt til:" for screen readers.
// A server component (no state, no effects).
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { PlanContent } from "@/lib/domain/plan-content";
import { comparePlanVersions } from "@/lib/domain/plan-diff";
import type { DiffSegment, TextDiff } from "@/lib/domain/text-diff";
import { planText as t } from "@/lib/i18n/plan-nb";

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

/** A text shown as replaced as a whole: one mark, not one per line (it may be very long). */
function WholeMark({ segment }: { segment: DiffSegment }) {
  return segment.kind === "removed" ? (
    <del className="bg-[var(--ds-color-danger-surface-tinted)] line-through decoration-2">
      <span className="sr-only">{t.diff.removedPrefix} </span>
      {segment.text}
    </del>
  ) : (
    <ins className="bg-[var(--ds-color-success-surface-tinted)] underline decoration-2 underline-offset-2">
      <span className="sr-only">{t.diff.addedPrefix} </span>
      {segment.text}
    </ins>
  );
}

function Column({ label, segments, replaced }: { label: string; segments: TextDiff["left"]; replaced: boolean }) {
  return (
    <div className="min-w-0 rounded border border-[var(--ds-color-neutral-border-subtle)] p-3">
      <Heading level={3} data-size="2xs" className="mb-2">
        {label}
      </Heading>
      <div className="whitespace-pre-wrap break-words">
        {segments.map((s, i) => (replaced ? <WholeMark key={i} segment={s} /> : <Mark key={i} segment={s} />))}
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
      {comparePlanVersions(left, right).map(({ element, after, diff }) => {
        const headingId = `endringer-${element}`;
        return (
          <section key={element} aria-labelledby={headingId} className="flex flex-col gap-3">
            <Heading level={2} data-size="sm" id={headingId}>
              {t.elements[element]}
            </Heading>
            {diff === null ? (
              <details className="rounded border border-[var(--ds-color-neutral-border-subtle)] p-3">
                <summary className="cursor-pointer">
                  {t.diff.noChanges}
                  <span className="sr-only"> i {t.elements[element]}</span> – {t.diff.showUnchanged.toLowerCase()}
                </summary>
                <div className="mt-2 whitespace-pre-wrap break-words">{after}</div>
              </details>
            ) : (
              <>
                {diff.replaced && <Paragraph data-size="sm">{t.diff.replacedWhole}</Paragraph>}
                <div className="grid gap-4 md:grid-cols-2">
                  <Column label={leftLabel} segments={diff.left} replaced={diff.replaced} />
                  <Column label={rightLabel} segments={diff.right} replaced={diff.replaced} />
                </div>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
