import type { AgencyFigure } from "@/lib/domain/shares";
import { formatCount, formatShare } from "@/lib/domain/format";
import { stateWideShare } from "@/lib/domain/state-reference";

/** "(samlet 2019–2021)" for a pooled period's figure. */
export function pooledSuffix(f: { fromYear: number; toYear: number }): string {
  return `(samlet ${f.fromYear}–${f.toYear})`;
}

/** The text for one agency-year: its share, "–" without hires, or the privacy notice. */
export function figureShareText(f: AgencyFigure | undefined): string {
  if (!f || f.kind === "none") return "–";
  // One word for both reasons: telling "under 5" from "hidden for another's sake" gives numbers away.
  if (f.kind === "suppressed") return "Skjult";
  if (f.kind === "pooled") return `${formatShare(f.share)} ${pooledSuffix(f)}`;
  return formatShare(f.share);
}

export function figureCountText(f: AgencyFigure | undefined, which: "total" | "target"): string {
  if (!f || f.kind === "none") return "–";
  if (f.kind === "suppressed") return "Skjult";
  const count = formatCount(which === "total" ? f.total : f.target);
  return f.kind === "pooled" ? `${count} ${pooledSuffix(f)}` : count;
}

/** The whole state's share for a year, for reference, or that it is not known. */
export function stateShareText(year: number): string {
  const value = stateWideShare(year);
  return value === null ? "Ikke kjent" : formatShare(value);
}
