// One agency-year's hiring figures as the text every view shows: the pages' tables, the
// figures export and the meeting brief. Pure: no I/O; the words are in lib/i18n (common.ts,
// reporting-years.ts, figures.ts). Every function takes an optional locale: bokmål by default,
// which documents and exports keep; the interface passes the page's language.
import type { AgencyFigure } from "@/lib/domain/shares";
import { formatCount, formatShare, formatTenths, shareTenths } from "@/lib/domain/format";
import { partialReporting, stateReference } from "@/lib/domain/reporting-years";
import { commonTexts } from "@/lib/i18n/common";
import { figureTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { reportingYearsTexts } from "@/lib/i18n/reporting-years";

const words = (locale: Locale) => textsIn(commonTexts, locale).figures;

/** "(samlet 2019–2021)" for a pooled period's figure. */
export function pooledSuffix(f: { fromYear: number; toYear: number }, locale: Locale = "nb"): string {
  return words(locale).pooled(f.fromYear, f.toYear);
}

/** A figure as shown: the public's hidden cells carry no reason (lib/domain/public-figures.ts). */
type FigureView = AgencyFigure | { kind: "suppressed" };

/** The text for one agency-year: its share, "–" without a report, the mark of a year under 5, or the privacy notice. */
export function figureShareText(f: FigureView | undefined, locale: Locale = "nb"): string {
  const t = words(locale);
  if (!f || f.kind === "none") return t.none;
  if (f.kind === "few") return t.few;
  if (f.kind === "suppressed") return t.suppressed;
  if (f.kind === "pooled") return `${formatShare(f.target, f.total, undefined, locale)} ${pooledSuffix(f, locale)}`;
  return formatShare(f.target, f.total, undefined, locale);
}

export function figureCountText(f: FigureView | undefined, which: "total" | "target", locale: Locale = "nb"): string {
  const t = words(locale);
  if (!f || f.kind === "none") return t.none;
  if (f.kind === "suppressed") return t.suppressed;
  const count = formatCount(which === "total" ? f.total : f.target, locale);
  return f.kind === "pooled" ? `${count} ${pooledSuffix(f, locale)}` : count;
}

/** The whole state's share for a year, for reference, or that it is not known. */
export function stateShareText(year: number, locale: Locale = "nb"): string {
  const state = stateReference(year);
  return state === null ? words(locale).stateShareUnknown : formatTenths(state.sharePermille, locale);
}

/** "18 (2)": new hires in one kind of position, and of those in the target group. */
export function splitPairText(p: { total: number; target: number }, locale: Locale = "nb"): string {
  return `${formatCount(p.total, locale)} (${formatCount(p.target, locale)})`;
}

/** "2 av 11 har rapportert" when not every agency of the sector has reported the year, else null. */
export function partialReportingText(s: { reported: number; agencies: number }, locale: Locale = "nb"): string | null {
  const partial = partialReporting(s.reported, s.agencies);
  return partial ? textsIn(reportingYearsTexts, locale).partial(partial.reported, partial.agencies) : null;
}

/** The sector's share for a year as the viewer may see it, with "2 av 11 har rapportert" beside it where not all have. */
export function sectorShareText(
  s: { showable: boolean; total: number; target: number; reported: number; agencies: number },
  locale: Locale = "nb",
): string {
  const value = s.showable ? formatShare(s.target, s.total, undefined, locale) : words(locale).suppressed;
  const partial = partialReportingText(s, locale);
  return partial ? `${value} (${partial})` : value;
}

/** A split cell where the split is not shown: the figure's own word where hidden ("Skjult"), else "–". */
export function noSplitText(f: AgencyFigure | undefined, locale: Locale = "nb"): string {
  return f?.kind === "suppressed" ? words(locale).suppressed : words(locale).none;
}

/**
 * One bar of the sector chart (components/dashboard/sector-chart.tsx): the share as shown (one
 * decimal, never rounded up to the goal), its text, and the whole state's share where known.
 */
export function sectorChartPoint(
  s: { year: number; showable: boolean; total: number; target: number; reported: number; agencies: number },
  yearLabel: string,
  locale: Locale = "nb",
) {
  const tenths = s.showable ? shareTenths(s.target, s.total) : null;
  const state = stateReference(s.year);
  return {
    year: yearLabel,
    percent: tenths === null ? null : tenths / 10,
    label: sectorShareText(s, locale),
    statePercent: state === null ? null : state.sharePermille / 10,
  };
}

/** The chart's text alternative: every year's share; the same numbers are in the table below it. */
export function sectorChartSummary(points: readonly { year: string; label: string }[], locale: Locale = "nb"): string {
  return textsIn(figureTexts, locale).chart.summary(points.map((p) => `${p.year}: ${p.label}`).join(", "));
}
