// One agency-year's hiring figures as the text every view shows: the pages' tables, the
// figures export and the meeting brief. Pure: no I/O; the words are in lib/i18n/nb.ts.
import type { AgencyFigure } from "@/lib/domain/shares";
import { formatCount, formatShare } from "@/lib/domain/format";
import { stateWideShare } from "@/lib/domain/state-reference";
import { nb } from "@/lib/i18n/nb";

const t = nb.figures;

/** "(samlet 2019–2021)" for a pooled period's figure. */
export function pooledSuffix(f: { fromYear: number; toYear: number }): string {
  return t.pooled(f.fromYear, f.toYear);
}

/** The text for one agency-year: its share, "–" without hires, or the privacy notice. */
export function figureShareText(f: AgencyFigure | undefined): string {
  if (!f || f.kind === "none") return t.none;
  if (f.kind === "suppressed") return t.suppressed;
  if (f.kind === "pooled") return `${formatShare(f.share)} ${pooledSuffix(f)}`;
  return formatShare(f.share);
}

export function figureCountText(f: AgencyFigure | undefined, which: "total" | "target"): string {
  if (!f || f.kind === "none") return t.none;
  if (f.kind === "suppressed") return t.suppressed;
  const count = formatCount(which === "total" ? f.total : f.target);
  return f.kind === "pooled" ? `${count} ${pooledSuffix(f)}` : count;
}

/** The whole state's share for a year, for reference, or that it is not known. */
export function stateShareText(year: number): string {
  const value = stateWideShare(year);
  return value === null ? t.stateShareUnknown : formatShare(value);
}
