import type { AgencyFigure } from "@/lib/domain/shares";
import { formatCount, formatShare } from "@/lib/domain/format";

/** The text for one agency-year: its share, "–" without hires, or the privacy notice. */
export function figureShareText(f: AgencyFigure | undefined): string {
  if (!f || f.kind === "none") return "–";
  if (f.kind === "suppressed") return f.reason === "few" ? "Under 5 nytilsatte" : "Skjult";
  return formatShare(f.share);
}

export function figureCountText(f: AgencyFigure | undefined, which: "total" | "target"): string {
  if (!f || f.kind === "none") return "–";
  if (f.kind === "suppressed") return "Skjult";
  return formatCount(which === "total" ? f.total : f.target);
}
