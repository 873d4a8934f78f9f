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

// Heights in pixels, widths in per cent of the chart's width: the chart fills its box at any width
// and its text keeps its size (a scaled drawing's text would shrink on a phone).
const HEIGHT = 256;
const LEFT_PX = 48;
const PLOT_PCT = 82;
const PLOT = { top: 16, bottom: 52 };
const SECTOR_COLOUR = "#1e4b7a";
const STATE_COLOUR = "#5b5b5b";
const GOAL_COLOUR = "#a4161a";
const pct = (v: number) => `${v.toFixed(2)}%`;

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
  const plotBottom = HEIGHT - PLOT.bottom;
  const y = (v: number) => plotBottom - (v / top) * (plotBottom - PLOT.top);
  const band = PLOT_PCT / Math.max(1, points.length);
  const x = (i: number) => band * (i + 0.5);
  const barWidth = band * 0.6;
  // The state's line, broken where a year has no state figure.
  const segments = points.flatMap((p, i) => {
    const next = points[i + 1];
    return p.statePercent !== null && next && next.statePercent !== null ? [{ from: i, a: p.statePercent, b: next.statePercent }] : [];
  });
  return (
    <div role="img" aria-label={summary} className="w-full">
      <svg width="100%" height={HEIGHT} fontSize={12} fill="#1a1a1a" overflow="visible" focusable="false" aria-hidden="true">
        {ticks.map((v) => (
          <text key={v} x={LEFT_PX - 6} y={y(v)} textAnchor="end" dominantBaseline="middle">
            {`${v} %`}
          </text>
        ))}
        <g transform={`translate(${LEFT_PX}, 0)`}>
          {ticks.map((v) => (
            <line key={v} x1="0%" x2={pct(PLOT_PCT)} y1={y(v)} y2={y(v)} stroke="#ccc" strokeDasharray="3 3" />
          ))}
          {points.map((p, i) =>
            p.percent === null ? null : (
              <rect key={p.year} x={pct(x(i) - barWidth / 2)} y={y(p.percent)} width={pct(barWidth)} height={plotBottom - y(p.percent)} fill={SECTOR_COLOUR}>
                <title>{`${p.year} – ${t.sector}: ${percent(p.percent)}`}</title>
              </rect>
            ),
          )}
          <line x1="0%" x2={pct(PLOT_PCT)} y1={y(5)} y2={y(5)} stroke={GOAL_COLOUR} strokeWidth={2} strokeDasharray="6 4" />
          <text x={pct(PLOT_PCT)} y={y(5) - 6} textAnchor="end" fill={GOAL_COLOUR}>
            {t.goalLine}
          </text>
          {segments.map((s) => (
            <line key={s.from} x1={pct(x(s.from))} x2={pct(x(s.from + 1))} y1={y(s.a)} y2={y(s.b)} stroke={STATE_COLOUR} strokeWidth={1.5} strokeDasharray="2 3" />
          ))}
          {points.map((p, i) =>
            p.statePercent === null ? null : (
              <circle key={p.year} cx={pct(x(i))} cy={y(p.statePercent)} r={5} fill="#fff" stroke={STATE_COLOUR} strokeWidth={1.5}>
                <title>{`${p.year} – ${t.state}: ${percent(p.statePercent)}`}</title>
              </circle>
            ),
          )}
          <line x1="0%" x2={pct(PLOT_PCT)} y1={plotBottom} y2={plotBottom} stroke="#666" />
          {points.map((p, i) => {
            // "2026 (foreløpig)" on two lines, so ten years fit side by side.
            const [first, ...rest] = p.year.split(" ");
            return (
              <text key={p.year} x={pct(x(i))} y={plotBottom + 16} textAnchor="middle">
                {first}
                {rest.length > 0 && (
                  <tspan x={pct(x(i))} dy={14}>
                    {rest.join(" ")}
                  </tspan>
                )}
              </text>
            );
          })}
        </g>
      </svg>
      <div className="flex flex-wrap justify-center gap-6 text-sm" aria-hidden="true">
        <span className="inline-flex items-center gap-2">
          <svg width={12} height={12} focusable="false">
            <rect width={12} height={12} fill={SECTOR_COLOUR} />
          </svg>
          {t.sector}
        </span>
        <span className="inline-flex items-center gap-2">
          <svg width={26} height={12} focusable="false">
            <line x1={1} x2={25} y1={6} y2={6} stroke={STATE_COLOUR} strokeWidth={1.5} strokeDasharray="2 3" />
            <circle cx={13} cy={6} r={4} fill="#fff" stroke={STATE_COLOUR} strokeWidth={1.5} />
          </svg>
          {t.state}
        </span>
      </div>
    </div>
  );
}
