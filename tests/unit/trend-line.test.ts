// The dashboard's small line per agency: the shares over the years as a picture (hidden from
// screen readers) and as text; a hidden year breaks the line; three elements whatever the number
// of years (drawn 25 times per dashboard page).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TrendLine } from "@/components/dashboard/trend-line";
import type { AgencyFigure } from "@/lib/domain/shares";

const shown = (target: number, total: number): AgencyFigure => ({ kind: "shown", total, target, share: target / total });

function render(figures: Record<number, AgencyFigure>, years: number[]) {
  const html = renderToStaticMarkup(createElement(TrendLine, { years, figures, locale: "nb" }));
  const paths = [...html.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]!);
  return { html, line: paths[0] ?? "", dots: paths[1] ?? "" };
}

describe("the trend line", () => {
  it("draws every shown year as a point on one line, and reads the shares out", () => {
    const years = [2019, 2020, 2021, 2022];
    const { html, line, dots } = render({ 2019: shown(1, 20), 2020: shown(2, 20), 2021: shown(1, 10), 2022: shown(3, 20) }, years);
    expect(line.match(/[ML]/g)).toEqual(["M", "L", "L", "L"]);
    expect(dots.match(/M[\d.]+,[\d.]+h0/g)).toHaveLength(4);
    // The tallest share (15 %) at the top, 5 % lowest: y grows downwards.
    const ys = [...line.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys[3]).toBeLessThan(ys[0]!);
    expect(Math.min(...ys)).toBe(ys[3]);
    // One decimal, no more.
    expect(line).not.toMatch(/\d\.\d\d/);
    // Three drawn elements, whatever the number of years; the picture hidden, the text read.
    expect(html.match(/<(line|path|circle)\b/g)).toHaveLength(3);
    expect(html).toContain('aria-hidden="true"');
    expect(html).toMatch(/2019: 5,0\s%/);
    expect(html).toMatch(/2022: 15,0\s%/);
  });

  it("leaves a gap for a hidden year, and a lone year is still a point", () => {
    const years = [2019, 2020, 2021, 2022];
    const { html, line, dots } = render({ 2019: shown(1, 20), 2020: { kind: "suppressed", reason: "few" }, 2021: shown(1, 10), 2022: shown(2, 20) }, years);
    expect(line.match(/[ML]/g)).toEqual(["M", "M", "L"]);
    expect(dots.match(/h0/g)).toHaveLength(3);
    expect(html).not.toContain("2020: 0");
  });

  it("draws no line and no points when no year is shown", () => {
    const { html } = render({ 2020: { kind: "none" } }, [2020, 2021]);
    expect(html).not.toContain("<path");
    expect(html).toContain("<line");
  });
});
