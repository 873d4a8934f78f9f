import { figureTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

export interface ChartPoint {
  /** "2021", or "2026 (foreløpig)" for a year still running. */
  year: string;
  percent: number | null;
  label: string;
  /** The whole state's share that year, where known. */
  statePercent: number | null;
}

// The drawing's own coordinates; the SVG scales to the width of its box (decision record 033).
const WIDTH = 720;
const HEIGHT = 288;
const PLOT = { left: 48, right: 24, top: 16, bottom: 64 };
const SECTOR_COLOUR = "#1e4b7a";
const STATE_COLOUR = "#5b5b5b";
const GOAL_COLOUR = "#a4161a";

/**
 * The sector share per year against the 5 % goal, as one image with a short text alternative;
 * the same numbers are in the table below it. Drawn on the server as plain SVG (no script: the
 * page's first load stays small, decision record 033); each bar and point has a native tooltip
 * (an SVG title) with its figure.
 */
export function SectorChart({ points, summary, locale }: { points: ChartPoint[]; summary: string; locale: Locale }) {
  const t = textsIn(figureTexts, locale).chart;
  const numberLocale = locale === "en" ? "en-GB" : "nb-NO";
  const percent = (v: number) => `${v.toLocaleString(numberLocale)} %`;
  // Even ticks (0, 2, 4 … %) with room above the goal line and the highest bar.
  const top = Math.ceil((Math.max(6, ...points.map((p) => p.percent ?? 0)) + 0.5) / 2) * 2;
  const ticks = Array.from({ length: top / 2 + 1 }, (_, i) => i * 2);
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotBottom = HEIGHT - PLOT.bottom;
  const y = (v: number) => plotBottom - (v / top) * (plotBottom - PLOT.top);
  const band = plotWidth / Math.max(1, points.length);
  const x = (i: number) => PLOT.left + band * (i + 0.5);
  const barWidth = Math.min(48, band * 0.6);
  // The state's line, broken where a year has no state figure.
  const segments: string[] = [];
  let current = "";
  points.forEach((p, i) => {
    if (p.statePercent === null) {
      if (current) segments.push(current);
      current = "";
    } else current += `${current ? "L" : "M"}${x(i).toFixed(1)},${y(p.statePercent).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const legendY = HEIGHT - 14;
  return (
    <div role="img" aria-label={summary} className="w-full">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" fontSize={12} fill="#1a1a1a" focusable="false">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(v)} y2={y(v)} stroke="#ccc" strokeDasharray="3 3" />
            <text x={PLOT.left - 6} y={y(v)} textAnchor="end" dominantBaseline="middle">
              {`${v} %`}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          p.percent === null ? null : (
            <rect key={p.year} x={x(i) - barWidth / 2} y={y(p.percent)} width={barWidth} height={plotBottom - y(p.percent)} fill={SECTOR_COLOUR}>
              <title>{`${p.year} – ${t.sector}: ${percent(p.percent)}`}</title>
            </rect>
          ),
        )}
        <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(5)} y2={y(5)} stroke={GOAL_COLOUR} strokeWidth={2} strokeDasharray="6 4" />
        <text x={WIDTH - PLOT.right - 4} y={y(5) - 6} textAnchor="end" fill={GOAL_COLOUR}>
          {t.goalLine}
        </text>
        {segments.map((d) => (
          <path key={d} d={d} fill="none" stroke={STATE_COLOUR} strokeWidth={1.5} strokeDasharray="2 3" />
        ))}
        {points.map((p, i) =>
          p.statePercent === null ? null : (
            <circle key={p.year} cx={x(i)} cy={y(p.statePercent)} r={5} fill="#fff" stroke={STATE_COLOUR} strokeWidth={1.5}>
              <title>{`${p.year} – ${t.state}: ${percent(p.statePercent)}`}</title>
            </circle>
          ),
        )}
        <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={plotBottom} y2={plotBottom} stroke="#666" />
        {points.map((p, i) => {
          // "2026 (foreløpig)" on two lines, so ten years fit side by side.
          const [first, ...rest] = p.year.split(" ");
          return (
            <text key={p.year} x={x(i)} y={plotBottom + 16} textAnchor="middle">
              {first}
              {rest.length > 0 && (
                <tspan x={x(i)} dy={14}>
                  {rest.join(" ")}
                </tspan>
              )}
            </text>
          );
        })}
        <g transform={`translate(${WIDTH / 2 - 110}, ${legendY})`}>
          <rect x={0} y={-9} width={12} height={12} fill={SECTOR_COLOUR} />
          <text x={18} y={1}>
            {t.sector}
          </text>
          <line x1={110} x2={134} y1={-3} y2={-3} stroke={STATE_COLOUR} strokeWidth={1.5} strokeDasharray="2 3" />
          <circle cx={122} cy={-3} r={4} fill="#fff" stroke={STATE_COLOUR} strokeWidth={1.5} />
          <text x={140} y={1}>
            {t.state}
          </text>
        </g>
      </svg>
    </div>
  );
}
