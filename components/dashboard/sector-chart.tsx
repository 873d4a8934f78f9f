"use client";

import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartPoint {
  year: number;
  percent: number | null;
  label: string;
}

/**
 * The sector share per year against the 5 % goal, as one image with a short text alternative;
 * the same numbers are in the table below it. Recharts' keyboard layer is off: the table is the
 * accessible way through the numbers.
 */
export function SectorChart({ points, summary }: { points: ChartPoint[]; summary: string }) {
  // Even ticks (0, 2, 4 … %) with room above the goal line and the highest bar.
  const top = Math.ceil((Math.max(6, ...points.map((p) => p.percent ?? 0)) + 0.5) / 2) * 2;
  const ticks = Array.from({ length: top / 2 + 1 }, (_, i) => i * 2);
  return (
    <div role="img" aria-label={summary} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} accessibilityLayer={false} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" />
          <YAxis domain={[0, top]} ticks={ticks} tickFormatter={(v: number) => `${v} %`} />
          <Tooltip formatter={(_v, _n, item) => [(item.payload as ChartPoint).label, "Andel i målgruppen"]} />
          <ReferenceLine y={5} stroke="#a4161a" strokeWidth={2} strokeDasharray="6 4" label={{ value: "Mål 5 %", position: "insideTopRight", fill: "#a4161a" }} />
          <Bar dataKey="percent" name="Andel i målgruppen" fill="#1e4b7a" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
