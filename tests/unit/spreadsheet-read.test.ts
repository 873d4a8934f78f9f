// The import's file reader against hostile archives: a ZIP bomb is refused from the ZIP's directory
// before it is inflated, an archive lying about its sizes is stopped while inflating, only the first
// sheet is read, and the app's own export still reads as before.
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { figuresXlsx } from "@/lib/documents/figures-export";
import { readTable, UnreadableFile, XLSX_LIMITS } from "@/lib/documents/spreadsheet-read";
import { readZipEntry, zipDirectory, ZipRefused } from "@/lib/documents/zip-read";
import { MAX_FILE_BYTES } from "@/lib/domain/hiring-import";
import { craftZip, deflated, deflatedFill, type CraftedEntry } from "../support/zip-craft";

/** A real workbook of two sheets, as its entries (deflated again with their true sizes). */
async function realEntries(): Promise<CraftedEntry[]> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Ark1").addRows([["Org.nr.", "Virksomhet"], ["974760673", "Husbanken"]]);
  workbook.addWorksheet("Ark2").addRows([["Annet", "ark"]]);
  const files = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  return Object.entries(files)
    .filter(([name]) => !name.endsWith("/"))
    .map(([name, bytes]) => deflated(name, new TextDecoder().decode(bytes)));
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>';
const SHEET_TAIL = "</t></is></c></row></sheetData></worksheet>";
const BOMB_MB = 300;

/** A sheet of 300 MB of zeros inside one cell: some 300 KB deflated. */
async function bombSheet(name: string, declaredSize?: number): Promise<CraftedEntry> {
  const { data, size } = await deflatedFill(SHEET_HEAD, "0", BOMB_MB, SHEET_TAIL);
  return { name, data, declaredSize: declaredSize ?? size };
}

const replace = (entries: CraftedEntry[], entry: CraftedEntry) => entries.map((e) => (e.name === entry.name ? entry : e));

/** The CPU time (ms) a run takes: the work done, whatever else the shared machine is doing. */
async function cpuMs(run: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const timedRefusal = (bytes: Uint8Array) => cpuMs(() => expect(readTable(bytes)).rejects.toBeInstanceOf(UnreadableFile));

describe("readTable with an .xlsx file", () => {
  it("reads the app's own export (the first sheet, every row) as before", async () => {
    const bytes = await figuresXlsx([
      { agencyId: "a", agencyName: "Husbanken", orgNumber: "974760673", year: 2020, figure: { kind: "shown", total: 40, target: 3, share: 0.075 }, split: null },
      { agencyId: "b", agencyName: "DSS", orgNumber: "986105174", year: 2020, figure: { kind: "none" }, split: null },
    ], { currentYear: 2026 });
    const table = await readTable(bytes);
    expect(table[0]).toEqual(["Virksomhet", "Org.nr.", "År", "Nytilsatte", "I målgruppen", "Andel", "Merknad"]);
    expect(table[1]?.slice(0, 5)).toEqual(["Husbanken", "974760673", "2020", "40", "3"]);
    expect(table[2]?.slice(0, 3)).toEqual(["DSS", "986105174", "2020"]);
    expect(table).toHaveLength(3);
  });

  it("refuses a ZIP bomb from the sizes in its directory, before inflating it", async () => {
    const bytes = craftZip(replace(await realEntries(), await bombSheet("xl/worksheets/sheet1.xml")));
    // Small enough to pass the upload's size check: the archive itself is not what is too large.
    expect(bytes.length).toBeLessThan(MAX_FILE_BYTES);
    const bomb = zipDirectory(bytes).find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    expect(bomb.size).toBeGreaterThan(BOMB_MB * 1_000_000);
    expect(() => readZipEntry(bytes, bomb, XLSX_LIMITS.part)).toThrow(ZipRefused);
    // Inflating 300 MB takes seconds; refusing from the directory takes nothing.
    expect(await timedRefusal(bytes)).toBeLessThan(1_000);
  });

  it("stops inflating an entry that yields more than it declares", async () => {
    const liar = await bombSheet("xl/worksheets/sheet1.xml", 10_000);
    const bytes = craftZip(replace(await realEntries(), liar));
    const entry = zipDirectory(bytes).find((e) => e.name === liar.name)!;
    expect(entry.size).toBe(10_000);
    expect(() => readZipEntry(bytes, entry, XLSX_LIMITS.part)).toThrow(/inflates to more than the 10000 bytes it declares/);
    expect(await timedRefusal(bytes)).toBeLessThan(1_000);
  });

  it("refuses an entry that yields fewer bytes than it declares, and parts that declare too much together", async () => {
    const entries = await realEntries();
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    await expect(readTable(craftZip(replace(entries, { ...sheet, declaredSize: sheet.declaredSize + 1 })))).rejects.toBeInstanceOf(UnreadableFile);
    const strings = entries.find((e) => e.name === "xl/sharedStrings.xml")!;
    const each = XLSX_LIMITS.part - 1;
    expect(2 * each).toBeGreaterThan(XLSX_LIMITS.total);
    await expect(
      readTable(craftZip(replace(replace(entries, { ...sheet, declaredSize: each }), { ...strings, declaredSize: each }))),
    ).rejects.toBeInstanceOf(UnreadableFile);
  });

  it("reads only the first sheet: a bomb in another sheet is never inflated", async () => {
    const bytes = craftZip(replace(await realEntries(), await bombSheet("xl/worksheets/sheet2.xml")));
    let table: string[][] = [];
    expect(await cpuMs(async () => (table = await readTable(bytes)))).toBeLessThan(1_000);
    expect(table).toEqual([
      ["Org.nr.", "Virksomhet"],
      ["974760673", "Husbanken"],
    ]);
  });

  it("takes the first sheet in the workbook's order, whatever its file is called", async () => {
    const entries = await realEntries();
    const workbook = entries.find((e) => e.name === "xl/workbook.xml")!;
    const xml = new TextDecoder().decode(unzipSync(craftZip([workbook]))["xl/workbook.xml"]);
    const sheets = /<sheets>(<sheet [^>]*\/>)(<sheet [^>]*\/>)<\/sheets>/.exec(xml)!;
    const swapped = xml.replace(sheets[0], `<sheets>${sheets[2]}${sheets[1]}</sheets>`);
    expect(await readTable(craftZip(replace(entries, deflated("xl/workbook.xml", swapped))))).toEqual([["Annet", "ark"]]);
  });

  it("refuses what is not an archive it can read", async () => {
    const entries = await realEntries();
    await expect(readTable(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toBeInstanceOf(UnreadableFile);
    await expect(readTable(craftZip(entries.filter((e) => e.name !== "xl/workbook.xml")))).rejects.toBeInstanceOf(UnreadableFile);
  });
});
