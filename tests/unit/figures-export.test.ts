// The figures export: the split between permanent and temporary hires for those who see it, the
// share as the pages show it (never rounded up to the goal), and preliminary years marked.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { AgencyYearFigure } from "@/lib/data/hiring";
import { exportRows, figuresCsv, figuresXlsx } from "@/lib/documents/figures-export";

const kartverket: AgencyYearFigure = {
  agencyId: "k",
  agencyName: "Statens kartverk",
  orgNumber: "971040238",
  year: 2021,
  figure: { kind: "shown", total: 199, target: 9, share: 9 / 199 },
  split: { permanent: { total: 150, target: 5 }, temporary: { total: 40, target: 2 }, trainees: 2 },
};
// 99 of 1990 = 4,97 %: not the goal.
const almost: AgencyYearFigure = {
  agencyId: "a",
  agencyName: "Nesten",
  orgNumber: "974760673",
  year: 2026,
  figure: { kind: "shown", total: 1990, target: 99, share: 99 / 1990 },
  split: null,
};
const small: AgencyYearFigure = { agencyId: "s", agencyName: "Liten", orgNumber: "974760339", year: 2021, figure: { kind: "suppressed", reason: "few" }, split: null };
const options = { currentYear: 2026 };

const csvText = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");

describe("the figures export", () => {
  it("has the split columns when the viewer sees the split (the ministry, the audit office, the agency)", () => {
    const [header, row, hidden] = csvText(figuresCsv([kartverket, small], options)).split("\r\n");
    expect(header).toBe("Virksomhet;Org.nr.;År;Nytilsatte;I målgruppen;Andel;Faste;Faste i målgruppen;Midlertidige;Midlertidige i målgruppen;Traineer;Merknad");
    expect(row).toBe("Statens kartverk;971040238;2021;199;9;4,5 %;150;5;40;2;2;");
    expect(hidden).toBe("Liten;974760339;2021;Skjult;Skjult;Skjult;Skjult;Skjult;Skjult;Skjult;Skjult;Skjult av personvernhensyn");
  });

  it("has no split columns for anyone else", () => {
    const [header] = csvText(figuresCsv([small], options)).split("\r\n");
    expect(header).toBe("Virksomhet;Org.nr.;År;Nytilsatte;I målgruppen;Andel;Merknad");
  });

  it("gives the share as shown, so a spreadsheet never rounds 4,97 % up to 5,0 %, and marks the year still running", async () => {
    expect(exportRows([almost], options)[0]).toMatchObject({ share: 0.049, note: "Foreløpige tall: året er ikke omme" });
    expect(csvText(figuresCsv([almost], options))).toMatch(/^Nesten;974760673;2026;1.990;99;4,9 %;Foreløpige tall: året er ikke omme$/m);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await figuresXlsx([kartverket, almost], options)).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Virksomhet", "Org.nr.", "År", "Nytilsatte", "I målgruppen", "Andel", "Faste", "Faste i målgruppen", "Midlertidige", "Midlertidige i målgruppen", "Traineer", "Merknad"]);
    expect(sheet.getRow(2).values).toEqual([undefined, "Statens kartverk", "971040238", 2021, 199, 9, 0.045, 150, 5, 40, 2, 2, ""]);
    expect(sheet.getRow(3).getCell(6).value).toBe(0.049);
  });
});
