import "server-only";
import ExcelJS from "exceljs";
import { figureCountText, figureShareText, pooledSuffix } from "@/lib/domain/figure-text";
import type { AgencyYearFigure } from "@/lib/data/hiring";
import { neutraliseFormula, toCsv } from "@/lib/domain/csv";

/** The figures behind the dashboard as the viewer may see them: one row per agency and year. */
export interface ExportRow {
  agency: string;
  orgNumber: string;
  year: number;
  total: number | null;
  target: number | null;
  share: number | null;
  note: string;
}

export function exportRows(figures: readonly AgencyYearFigure[]): ExportRow[] {
  return figures.map(({ agencyName, orgNumber, year, figure: f }) => {
    const shown = f.kind === "shown" || f.kind === "pooled";
    return {
      agency: agencyName,
      orgNumber,
      year,
      total: shown ? f.total : null,
      target: shown ? f.target : null,
      share: shown ? f.share : null,
      note:
        f.kind === "pooled"
          ? `Andel for perioden ${pooledSuffix(f).slice(1, -1)}`
          : f.kind === "suppressed"
            ? "Skjult av personvernhensyn"
            : f.kind === "none"
              ? "Ingen nytilsatte"
              : "",
    };
  });
}

const HEADERS = ["Virksomhet", "Org.nr.", "År", "Nytilsatte", "I målgruppen", "Andel", "Merknad"];

export function figuresCsv(figures: readonly AgencyYearFigure[]): Uint8Array {
  const csv = toCsv([
    HEADERS,
    ...figures.map((f) => {
      const r = exportRows([f])[0]!;
      return [r.agency, r.orgNumber, r.year, figureCountText(f.figure, "total"), figureCountText(f.figure, "target"), figureShareText(f.figure).replace(/\u00a0/g, " "), r.note];
    }),
  ]);
  return new TextEncoder().encode(csv);
}

/**
 * The same rows as an Excel workbook: numbers as numbers (the share as a percentage), hidden ones
 * empty with the reason. Text cells that would start a formula are neutralised as in the CSV: a
 * text cell is not run as it is, but it is once someone edits it or saves the sheet as CSV.
 */
export async function figuresXlsx(figures: readonly AgencyYearFigure[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Dugnad";
  const sheet = workbook.addWorksheet("Nytilsettinger", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: HEADERS[0], key: "agency", width: 48 },
    { header: HEADERS[1], key: "orgNumber", width: 12 },
    { header: HEADERS[2], key: "year", width: 8 },
    { header: HEADERS[3], key: "total", width: 12 },
    { header: HEADERS[4], key: "target", width: 14 },
    { header: HEADERS[5], key: "share", width: 10, style: { numFmt: "0.0%" } },
    { header: HEADERS[6], key: "note", width: 50 },
  ];
  sheet.getRow(1).font = { bold: true };
  // Every text field, so that a text column added later is covered too.
  sheet.addRows(exportRows(figures).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" ? neutraliseFormula(v) : v]))));
  sheet.autoFilter = { from: "A1", to: "G1" };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
