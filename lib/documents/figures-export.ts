import "server-only";
import ExcelJS from "exceljs";
import { figureCountText, figureShareText, noSplitText, pooledSuffix } from "@/lib/domain/figure-text";
import type { AgencyYearFigure } from "@/lib/data/hiring";
import { neutraliseFormula, toCsv } from "@/lib/domain/csv";
import { shareTenths } from "@/lib/domain/format";
import { isPreliminary } from "@/lib/domain/reporting-years";

/** The figures behind the dashboard as the viewer may see them: one row per agency and year. */
export interface ExportRow {
  agency: string;
  orgNumber: string;
  year: number;
  total: number | null;
  target: number | null;
  /** As shown: one decimal of a percent, never rounded up to the goal (lib/domain/format.ts). */
  share: number | null;
  /** The split the letters ask for, where the viewer sees it (lib/access `seesHireSplit`). */
  permanentTotal: number | null;
  permanentTarget: number | null;
  temporaryTotal: number | null;
  temporaryTarget: number | null;
  trainees: number | null;
  note: string;
}

export interface ExportOptions {
  /** The calendar year now (Norway): its figures are preliminary. */
  currentYear: number;
}

function note(f: AgencyYearFigure, currentYear: number): string {
  const { figure } = f;
  const notes = [
    figure.kind === "pooled"
      ? `Andel for perioden ${pooledSuffix(figure).slice(1, -1)}`
      : figure.kind === "suppressed"
        ? "Skjult av personvernhensyn"
        : figure.kind === "few"
          ? "Færre enn 5 nytilsatte: ikke for publisering, ingen andel"
          : figure.kind === "none"
            ? "Ikke rapportert"
            : "",
    isPreliminary(f.year, currentYear) ? "Foreløpige tall: året er ikke omme" : "",
  ];
  return notes.filter(Boolean).join("; ");
}

export function exportRows(figures: readonly AgencyYearFigure[], { currentYear }: ExportOptions): ExportRow[] {
  return figures.map((row) => {
    const { agencyName, orgNumber, year, figure: f, split } = row;
    const shown = f.kind === "shown" || f.kind === "pooled";
    const counted = shown || f.kind === "few";
    const tenths = shown ? shareTenths(f.target, f.total) : null;
    return {
      agency: agencyName,
      orgNumber,
      year,
      total: counted ? f.total : null,
      target: counted ? f.target : null,
      share: tenths === null ? null : tenths / 1000,
      permanentTotal: split?.permanent.total ?? null,
      permanentTarget: split?.permanent.target ?? null,
      temporaryTotal: split?.temporary.total ?? null,
      temporaryTarget: split?.temporary.target ?? null,
      trainees: split?.trainees ?? null,
      note: note(row, currentYear),
    };
  });
}

const SPLIT_HEADERS = ["Faste", "Faste i målgruppen", "Midlertidige", "Midlertidige i målgruppen", "Traineer"];

/** The split columns are there when the viewer sees the split of any row (the ministry, the audit office, the agency). */
const withSplit = (figures: readonly AgencyYearFigure[]) => figures.some((f) => f.split !== null);

function headers(split: boolean): string[] {
  return ["Virksomhet", "Org.nr.", "År", "Nytilsatte", "I målgruppen", "Andel", ...(split ? SPLIT_HEADERS : []), "Merknad"];
}

export function figuresCsv(figures: readonly AgencyYearFigure[], options: ExportOptions): Uint8Array {
  const split = withSplit(figures);
  const csv = toCsv([
    headers(split),
    ...figures.map((f) => {
      const r = exportRows([f], options)[0]!;
      return [
        r.agency,
        r.orgNumber,
        r.year,
        figureCountText(f.figure, "total"),
        figureCountText(f.figure, "target"),
        figureShareText(f.figure).replace(/\u00a0/g, " "),
        // Where this row's split is not shown: the figure's own word ("Skjult"), else "–".
        ...(split ? [r.permanentTotal, r.permanentTarget, r.temporaryTotal, r.temporaryTarget, r.trainees].map((n) => n ?? noSplitText(f.figure)) : []),
        r.note,
      ];
    }),
  ]);
  return new TextEncoder().encode(csv);
}

/**
 * The same rows as an Excel workbook: numbers as numbers (the share as a percentage, with the one
 * decimal the pages show), hidden ones empty with the reason. Text cells that would start a
 * formula are neutralised as in the CSV: a text cell is not run as it is, but it is once someone
 * edits it or saves the sheet as CSV.
 */
export async function figuresXlsx(figures: readonly AgencyYearFigure[], options: ExportOptions): Promise<Uint8Array> {
  const split = withSplit(figures);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Dugnad";
  const sheet = workbook.addWorksheet("Nytilsettinger", { views: [{ state: "frozen", ySplit: 1 }] });
  const names = headers(split);
  const keys: (keyof ExportRow)[] = [
    "agency", "orgNumber", "year", "total", "target", "share",
    ...(split ? (["permanentTotal", "permanentTarget", "temporaryTotal", "temporaryTarget", "trainees"] as const) : []),
    "note",
  ];
  const widths: Partial<Record<keyof ExportRow, number>> = { agency: 48, orgNumber: 12, year: 8, total: 12, target: 14, share: 10, note: 50 };
  sheet.columns = keys.map((key, i) => ({
    header: names[i],
    key,
    width: widths[key] ?? 14,
    ...(key === "share" ? { style: { numFmt: "0.0%" } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  // Every text field, so that a text column added later is covered too.
  sheet.addRows(exportRows(figures, options).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" ? neutraliseFormula(v) : v]))));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: keys.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
