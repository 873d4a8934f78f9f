// Two versions of a plan side by side, element by element: the older on the left with removed
// text struck through, the newer on the right with added text underlined. Colour only supports
// the marks: <del>/<ins>, strike-through/underline and a hidden "Fjernet:"/"Lagt til:" for screen readers.
// A server component (no state, no effects).
import { Heading, Paragraph } from "@/components/ds/primitives";
import type { PlanContent } from "@/lib/domain/plan-content";
import { comparePlanVersions } from "@/lib/domain/plan-diff";
import type { DiffSegment, TextDiff } from "@/lib/domain/text-diff";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { planTexts } from "@/lib/i18n/plan-nb";
import { planPageTexts } from "@/lib/i18n/plans";

type Marks = { removedPrefix: string; addedPrefix: string };

/** A marked change keeps its line breaks outside the mark, so each line is marked on its own. */
function Mark({ segment, t }: { segment: DiffSegment; t: Marks }) {
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
                <span className="sr-only">{t.removedPrefix} </span>
                {line}
              </del>
            ) : (
              <ins className="bg-[var(--ds-color-success-surface-tinted)] underline decoration-2 underline-offset-2">
                <span className="sr-only">{t.addedPrefix} </span>
                {line}
              </ins>
            ))}
        </span>
      ))}
    </>
  );
}

/** A text shown as replaced as a whole: one mark, not one per line (it may be very long). */
function WholeMark({ segment, t }: { segment: DiffSegment; t: Marks }) {
  return segment.kind === "removed" ? (
    <del className="bg-[var(--ds-color-danger-surface-tinted)] line-through decoration-2">
      <span className="sr-only">{t.removedPrefix} </span>
      {segment.text}
    </del>
  ) : (
    <ins className="bg-[var(--ds-color-success-surface-tinted)] underline decoration-2 underline-offset-2">
      <span className="sr-only">{t.addedPrefix} </span>
      {segment.text}
    </ins>
  );
}

function Column({ label, segments, replaced, t }: { label: string; segments: TextDiff["left"]; replaced: boolean; t: Marks }) {
  return (
    <div className="min-w-0 rounded border border-[var(--ds-color-neutral-border-subtle)] p-3">
      <Heading level={3} data-size="2xs" className="mb-2">
        {label}
      </Heading>
      <div className="whitespace-pre-wrap break-words">
        {segments.map((s, i) => (replaced ? <WholeMark key={i} segment={s} t={t} /> : <Mark key={i} segment={s} t={t} />))}
      </div>
    </div>
  );
}

export function VersionDiff({
  left,
  right,
  leftLabel,
  rightLabel,
  locale = DEFAULT_LOCALE,
}: {
  /** The older version. */
  left: PlanContent;
  /** The newer version. */
  right: PlanContent;
  leftLabel?: string;
  rightLabel?: string;
  /** The reader's language (the page's). */
  locale?: Locale;
}) {
  const t = textsIn(planTexts, locale);
  const page = textsIn(planPageTexts, locale);
  return (
    <div className="flex flex-col gap-8">
      <Paragraph data-size="sm">{t.diff.legend}</Paragraph>
      {comparePlanVersions(left, right, undefined, locale).map(({ element, after, diff }) => {
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
                  <span className="sr-only">{page.diff.inElement(t.elements[element])}</span> – {t.diff.showUnchanged.toLowerCase()}
                </summary>
                <div className="mt-2 whitespace-pre-wrap break-words">{after}</div>
              </details>
            ) : (
              <>
                {diff.replaced && <Paragraph data-size="sm">{t.diff.replacedWhole}</Paragraph>}
                <div className="grid gap-4 md:grid-cols-2">
                  <Column label={leftLabel ?? t.diff.older} segments={diff.left} replaced={diff.replaced} t={t.diff} />
                  <Column label={rightLabel ?? t.diff.newer} segments={diff.right} replaced={diff.replaced} t={t.diff} />
                </div>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
