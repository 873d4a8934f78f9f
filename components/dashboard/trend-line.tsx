import { figureShareText } from "@/lib/domain/figure-text";
import type { AgencyFigure } from "@/lib/domain/shares";
import { figureTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

/**
 * A small line of one agency's share over the years against the 5 % goal. The picture is
 * decoration for sighted users; the same numbers are read out as text (and the agency's page has
 * them as a table). Hidden years leave a gap.
 *
 * Three elements whatever the number of years (a row of the dashboard's table has one): the
 * points are one path of zero-length strokes with round caps, not a circle each, and coordinates
 * have one decimal. Drawn 25 times per page, this is what most of the table's markup was.
 */
export function TrendLine({ years, figures, locale }: { years: number[]; figures: Record<number, AgencyFigure>; locale: Locale }) {
  const width = 120;
  const height = 32;
  const values = years.map((y) => {
    const f = figures[y];
    return f && (f.kind === "shown" || f.kind === "pooled") ? f.share : null;
  });
  const top = Math.max(0.1, ...values.map((v) => v ?? 0));
  const x = (i: number) => (years.length < 2 ? width / 2 : 4 + (i * (width - 8)) / (years.length - 1));
  const y = (v: number) => height - 3 - (v / top) * (height - 6);
  const point = (i: number, v: number) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  // The line: one subpath per run of shown years (a hidden year breaks it).
  let line = "";
  let dots = "";
  values.forEach((v, i) => {
    if (v === null) return;
    line += `${i > 0 && values[i - 1] !== null ? "L" : "M"}${point(i, v)}`;
    dots += `M${point(i, v)}h0`;
  });
  const text = years.map((yr) => `${yr}: ${figureShareText(figures[yr], locale)}`).join(", ");
  return (
    <span className="inline-flex items-center">
      <svg width={width} height={height} aria-hidden="true" focusable="false" className="overflow-visible">
        <line x1={0} x2={width} y1={y(0.05).toFixed(1)} y2={y(0.05).toFixed(1)} stroke="#a4161a" strokeDasharray="3 3" strokeWidth={1} />
        {line && <path d={line} fill="none" stroke="#1e4fa3" strokeWidth={2} />}
        {dots && <path d={dots} fill="none" stroke="#1e4fa3" strokeWidth={5} strokeLinecap="round" />}
      </svg>
      <span className="sr-only">{textsIn(figureTexts, locale).trend(text)}</span>
    </span>
  );
}
