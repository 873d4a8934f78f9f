import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";

export class UnreadableFile extends Error {}

/** Far more than a sector has agencies; a sheet claiming more is refused before it is walked. */
export const MAX_ROWS = 10_000;
const MAX_COLUMNS = 30;

/** A CSV file's text: UTF-8 (with or without BOM), or Windows-1252 as older Excel saves it. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * The first sheet of an .xlsx file, or a CSV file (separator detected: semicolon, comma or tab),
 * as rows of text cells. Throws UnreadableFile for anything else.
 */
export async function readTable(bytes: Uint8Array): Promise<string[][]> {
  if (isZip(bytes)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    } catch {
      throw new UnreadableFile();
    }
    const sheet = workbook.worksheets[0];
    if (!sheet || sheet.rowCount > MAX_ROWS) throw new UnreadableFile();
    const columns = Math.min(sheet.columnCount, MAX_COLUMNS);
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      for (let c = 1; c <= columns; c++) cells.push(row.getCell(c).text ?? "");
      rows[number - 1] = cells;
    });
    return Array.from(rows, (r) => r ?? []);
  }
  const text = decode(bytes);
  if (text.includes("\u0000")) throw new UnreadableFile();
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [";", ",", "\t"], skipEmptyLines: "greedy", preview: MAX_ROWS + 1 });
  if ((parsed.data.length === 0 && parsed.errors.length) || parsed.data.length > MAX_ROWS) throw new UnreadableFile();
  return parsed.data;
}
