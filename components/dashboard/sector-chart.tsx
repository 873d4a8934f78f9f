"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { figureTexts } from "@/lib/i18n/figures";

export interface ChartPoint {
  /** "2021", or "2026 (foreløpig)" for a year still running. */
  year: string;
  percent: number | null;
  label: string;
  /** The whole state's share that year, where known. */
  statePercent: number | null;
}

/**
 * The sector share per year against the 5 % goal, as one image with a short text alternative;
 * the same numbers are in the table below it. Recharts' keyboard layer is off: the table is the
 * accessible way through the numbers.
 */
export function SectorChart({ points, summary }: { points: ChartPoint[]; summary: string }) {
  const t = useTexts(figureTexts).chart;
  const numberLocale = useLocale() === "en" ? "en-GB" : "nb-NO";
  // Even ticks (0, 2, 4 … %) with room above the goal line and the highest bar.
  const top = Math.ceil((Math.max(6, ...points.map((p) => p.percent ?? 0)) + 0.5) / 2) * 2;
  const ticks = Array.from({ length: top / 2 + 1 }, (_, i) => i * 2);
  return (
    <div role="img" aria-label={summary} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} accessibilityLayer={false} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" />
          <YAxis domain={[0, top]} ticks={ticks} tickFormatter={(v: number) => `${v} %`} />
          <Tooltip formatter={(v, name) => [typeof v === "number" ? `${v.toLocaleString(numberLocale)} %` : "–", name]} />
          <ReferenceLine y={5} stroke="#a4161a" strokeWidth={2} strokeDasharray="6 4" label={{ value: t.goalLine, position: "insideTopRight", fill: "#a4161a" }} />
          <Bar dataKey="percent" name={t.sector} fill="#1e4b7a" isAnimationActive={false} />
          <Line dataKey="statePercent" name={t.state} stroke="#5b5b5b" strokeDasharray="2 3" dot={{ r: 5 }} connectNulls={false} isAnimationActive={false} />
          <Legend />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
