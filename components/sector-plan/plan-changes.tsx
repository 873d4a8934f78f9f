// What changed from one published version of the sector plan to the next, in words, with the
// text before and after where a text changed. A server component.
import { formatPlanDate } from "@/lib/domain/plan-text";
import type { SectorPlanChange } from "@/lib/domain/sector-plan";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { sectorPlanTexts } from "@/lib/i18n/sector-plan";
import { requestLocale } from "@/lib/i18n/server";

function describe(c: SectorPlanChange, locale: Locale): { summary: string; before?: string; after?: string } {
  const texts = textsIn(sectorPlanTexts, locale);
  const t = texts.changes;
  const kind = (k: "MANDATORY" | "RECOMMENDED") => texts.measureKinds[k].toLowerCase();
  switch (c.kind) {
    case "title":
      return { summary: t.title, before: c.before, after: c.after };
    case "introduction":
      return { summary: t.introduction, before: c.before, after: c.after };
    case "themeAdded":
      return { summary: t.themeAdded(c.theme) };
    case "themeRemoved":
      return { summary: t.themeRemoved(c.theme) };
    case "themeRenamed":
      return { summary: t.themeRenamed(c.before, c.after) };
    case "themeDescription":
      return { summary: t.themeDescription(c.theme), before: c.before, after: c.after };
    case "themesReordered":
      return { summary: t.themesReordered };
    case "measureAdded":
      return { summary: t.measureAdded(c.theme, kind(c.measureKind)), after: c.text };
    case "measureRemoved":
      return { summary: t.measureRemoved(c.theme), before: c.text };
    case "measureText":
      return { summary: t.measureText(c.theme), before: c.before, after: c.after };
    case "measureKind":
      return { summary: t.measureKind(c.theme, kind(c.before), kind(c.after)), after: c.text };
    case "measureDue":
      return { summary: t.measureDue(c.theme, formatPlanDate(c.before), formatPlanDate(c.after)), after: c.text };
    case "measureMoved":
      return { summary: t.measureMoved(c.from, c.to), after: c.text };
  }
}

export async function PlanChanges({ changes }: { changes: SectorPlanChange[] }) {
  const locale = await requestLocale();
  const t = textsIn(sectorPlanTexts, locale).changes;
  if (changes.length === 0) return <p>{t.none}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {changes.map((c, i) => {
        const d = describe(c, locale);
        return (
          <li key={i} className="rounded border border-[var(--ds-color-neutral-border-subtle)] p-3">
            <p className="font-semibold">{d.summary}</p>
            {d.before !== undefined && d.after !== undefined ? (
              <dl className="mt-1 grid gap-1 sm:grid-cols-[4rem_1fr]">
                <dt>{t.before}:</dt>
                <dd>
                  <del lang="nb" className="bg-[var(--ds-color-danger-surface-tinted)]">{d.before || "–"}</del>
                </dd>
                <dt>{t.after}:</dt>
                <dd>
                  <ins lang="nb" className="bg-[var(--ds-color-success-surface-tinted)]">{d.after || "–"}</ins>
                </dd>
              </dl>
            ) : (
              (d.before ?? d.after) && (
                <p className="mt-1">
                  «<span lang="nb">{d.before ?? d.after}</span>»
                </p>
              )
            )}
          </li>
        );
      })}
    </ul>
  );
}
