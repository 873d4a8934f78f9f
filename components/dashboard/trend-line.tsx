import { figureShareText } from "@/lib/domain/figure-text";
import type { AgencyFigure } from "@/lib/domain/shares";
import { figureTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

/**
 * A small line of one agency's share over the years against the 5 % goal. The picture is
 * decoration for sighted users; the same numbers are read out as text (and the agency's page has
 * them as a table). Hidden years leave a gap.
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
  const segments: string[] = [];
  let current = "";
  values.forEach((v, i) => {
    if (v === null) {
      if (current) segments.push(current);
      current = "";
    } else current += `${current ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const text = years.map((yr) => `${yr}: ${figureShareText(figures[yr], locale)}`).join(", ");
  return (
    <span className="inline-flex items-center">
      <svg width={width} height={height} aria-hidden="true" focusable="false" className="overflow-visible">
        <line x1={0} x2={width} y1={y(0.05)} y2={y(0.05)} stroke="#a4161a" strokeDasharray="3 3" strokeWidth={1} />
        {segments.map((d) => (
          <path key={d} d={d} fill="none" stroke="#1e4fa3" strokeWidth={2} />
        ))}
        {values.map((v, i) => (v === null ? null : <circle key={years[i]} cx={x(i)} cy={y(v)} r={2.5} fill="#1e4fa3" />))}
      </svg>
      <span className="sr-only">{textsIn(figureTexts, locale).trend(text)}</span>
    </span>
  );
}
