import "server-only";
import ExcelJS from "exceljs";
import { strFromU8, zipSync } from "fflate";
import Papa from "papaparse";
import { readZipEntry, zipDirectory, ZipRefused, type ZipEntry } from "@/lib/documents/zip-read";
import { hasNul } from "@/lib/domain/text";

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
 * What an .xlsx file may hold of the parts that are read. A sheet of 10 000 rows of the template's
 * nine columns is some 4 MB of XML; the limits leave room for Excel's verbose markup and no more.
 */
export const XLSX_LIMITS = {
  /** workbook.xml and its relationships: the list of sheets. */
  index: 1024 * 1024,
  /** The first sheet, the shared strings and the styles, each. */
  part: 16 * 1024 * 1024,
  /** The first sheet, the shared strings and the styles together. */
  total: 24 * 1024 * 1024,
} as const;

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const SHARED_STRINGS = "xl/sharedStrings.xml";
const STYLES = "xl/styles.xml";

/** One attribute of an XML start tag (the parts read here are machine-written and small). */
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The parts of an .xlsx file that reading its first sheet needs (the sheet list, the first sheet,
 * the shared strings and the styles), as a new archive that holds nothing else. Every size is
 * checked against the directory before anything is inflated, and again while inflating; other
 * sheets and parts are never inflated. Throws ZipRefused.
 */
export function firstSheetParts(bytes: Uint8Array): Uint8Array {
  const byName = new Map<string, ZipEntry>();
  for (const entry of zipDirectory(bytes)) {
    const name = entry.name.replace(/^\//, "");
    if (byName.has(name)) throw new ZipRefused(`${name} appears twice`);
    byName.set(name, entry);
  }
  const read = (name: string, limit: number) => {
    const entry = byName.get(name);
    if (!entry) throw new ZipRefused(`no ${name}`);
    return readZipEntry(bytes, entry, limit);
  };
  const files: Record<string, Uint8Array> = { [WORKBOOK]: read(WORKBOOK, XLSX_LIMITS.index), [WORKBOOK_RELS]: read(WORKBOOK_RELS, XLSX_LIMITS.index) };
  const workbook = strFromU8(files[WORKBOOK]!);
  const rels = strFromU8(files[WORKBOOK_RELS]!);
  // The first <sheet> in the workbook's order is the first sheet, whatever its file is called.
  const sheetTag = /<(?:\w+:)?sheet\s[^>]*>/.exec(workbook)?.[0];
  const relId = sheetTag && /\s(?:\w+:)?id="([^"]*)"/.exec(sheetTag)?.[1];
  const relTag = relId && [...rels.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)].map((m) => m[0]).find((tag) => attribute(tag, "Id") === relId);
  const target = relTag && attribute(relTag, "Target");
  if (!target) throw new ZipRefused("no first sheet");
  const sheet = target.startsWith("/") ? target.slice(1) : `xl/${target}`;

  const parts = [sheet, SHARED_STRINGS, STYLES].filter((name) => name === sheet || byName.has(name));
  const declared = parts.map((name) => byName.get(name)?.size ?? 0);
  if (declared.some((size) => size > XLSX_LIMITS.part) || declared.reduce((a, b) => a + b, 0) > XLSX_LIMITS.total) {
    throw new ZipRefused("declares too many bytes");
  }
  for (const name of parts) files[name] = read(name, XLSX_LIMITS.part);
  // Stored, not compressed again: ExcelJS reads it at once.
  return zipSync(files, { level: 0 });
}

/**
 * The first sheet of an .xlsx file, or a CSV file (separator detected: semicolon, comma or tab),
 * as rows of text cells. Throws UnreadableFile for anything else.
 */
export async function readTable(bytes: Uint8Array): Promise<string[][]> {
  if (isZip(bytes)) {
    const workbook = new ExcelJS.Workbook();
    try {
      const parts = firstSheetParts(bytes);
      await workbook.xlsx.load(parts.buffer.slice(parts.byteOffset, parts.byteOffset + parts.byteLength) as ArrayBuffer);
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
    const table = Array.from(rows, (r) => r ?? []);
    // Excel writes control characters as _x0000_, which ExcelJS reads back; PostgreSQL refuses NUL.
    if (table.some((r) => r.some(hasNul))) throw new UnreadableFile();
    return table;
  }
  const text = decode(bytes);
  if (hasNul(text)) throw new UnreadableFile();
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [";", ",", "\t"], skipEmptyLines: "greedy", preview: MAX_ROWS + 1 });
  if ((parsed.data.length === 0 && parsed.errors.length) || parsed.data.length > MAX_ROWS) throw new UnreadableFile();
  return parsed.data;
}
