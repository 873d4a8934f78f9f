/**
 * Importing one year's figures for many agencies from a spreadsheet: the columns it reads, and the
 * check of every row (the dry run and the import itself run the same check).
 */
import { hiringReportSchema, type HiringReportInput } from "@/lib/domain/schemas";
import type { HireCounts } from "@/lib/domain/shares";
import { common } from "@/lib/i18n/common";

/** The largest file the import takes (the server action's body limit is a little above it). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

type CountField = keyof Omit<HiringReportInput, "year" | "reason" | "version">;

/** The template's columns, in order; headers are matched without regard to case, spaces or punctuation. */
export const IMPORT_COLUMNS = [
  { key: "orgNumber", header: "Org.nr." },
  { key: "name", header: "Virksomhet" },
  { key: "permanentTotal", header: "Faste" },
  { key: "permanentTarget", header: "Faste i målgruppen" },
  { key: "temporaryTotal", header: "Midlertidige" },
  { key: "temporaryTarget", header: "Midlertidige i målgruppen" },
  // Trainees are one number, all in the target group: there is no "Traineer i målgruppen" column
  // (one in an old template is not read).
  { key: "traineeTotal", header: "Traineer" },
  { key: "reason", header: "Begrunnelse" },
] as const;
type ColumnKey = (typeof IMPORT_COLUMNS)[number]["key"];
const COUNT_KEYS: CountField[] = ["permanentTotal", "permanentTarget", "temporaryTotal", "temporaryTarget", "traineeTotal"];
const REQUIRED: ColumnKey[] = ["orgNumber", ...COUNT_KEYS];

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9æøå]/g, "");

export interface ImportAgency {
  id: string;
  name: string;
  orgNumber: string;
  /** When the agency came into being (null: before the first reporting year). */
  establishedOn?: Date | null;
}

export interface ImportRow {
  /** Line in the file (1 is the header). */
  line: number;
  orgNumber: string;
  agencyId: string | null;
  agencyName: string;
  counts: HireCounts | null;
  reason: string;
  /**
   * "new" for a year the agency has not reported, "replace" for one it has. Never whether the file's
   * numbers equal the reported ones: that would let the ministry probe a small agency's counts.
   */
  change: "new" | "replace" | null;
  problems: string[];
}

export interface ImportCheck {
  /** Problems with the file as a whole (missing columns, no rows, a closed year). */
  fileProblems: string[];
  rows: ImportRow[];
  ok: boolean;
}

export const sameCounts = (a: HireCounts, b: HireCounts) => COUNT_KEYS.every((k) => (a[k] ?? 0) === (b[k] ?? 0));

/**
 * Checks a table (the header row first) against the sector's agencies and the year's figures
 * already reported. Every problem of every row is listed; `ok` only when there are none.
 */
export function checkImport(input: {
  table: string[][];
  year: number;
  currentYear: number;
  agencies: readonly ImportAgency[];
  /** The agencies that have reported the year. */
  existing: ReadonlySet<string>;
  yearClosed: boolean;
}): ImportCheck {
  const { table, year, agencies, existing } = input;
  const fileProblems: string[] = [];
  if (input.yearClosed) fileProblems.push(common().hiringImport.yearClosed(year));
  const [header = [], ...body] = table;
  const columns = new Map<ColumnKey, number>();
  header.forEach((h, i) => {
    const column = IMPORT_COLUMNS.find((c) => normalise(c.header) === normalise(h));
    if (column && !columns.has(column.key)) columns.set(column.key, i);
  });
  const missing = REQUIRED.filter((k) => !columns.has(k));
  if (missing.length) fileProblems.push(common().hiringImport.missingColumns(missing.map((k) => IMPORT_COLUMNS.find((c) => c.key === k)!.header)));
  const dataRows = body.map((cells, i) => ({ cells, line: i + 2 })).filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (dataRows.length === 0) fileProblems.push(common().hiringImport.noRows);
  if (missing.length) return { fileProblems, rows: [], ok: false };

  const byOrgNumber = new Map(agencies.map((a) => [a.orgNumber.replace(/\s/g, ""), a]));
  const seen = new Map<string, number>();
  const schema = hiringReportSchema(input.currentYear);
  const cell = (cells: string[], key: ColumnKey) => (columns.has(key) ? (cells[columns.get(key)!] ?? "").trim() : "");

  const rows = dataRows.map(({ cells, line }): ImportRow => {
    const problems: string[] = [];
    const orgNumber = cell(cells, "orgNumber").replace(/\s/g, "");
    const agency = byOrgNumber.get(orgNumber);
    if (!orgNumber) problems.push(common().hiringImport.orgNumberMissing);
    else if (!agency) problems.push(common().hiringImport.unknownAgency(orgNumber));
    else if (seen.has(agency.id)) problems.push(common().hiringImport.duplicate(seen.get(agency.id)!));
    if (agency && !seen.has(agency.id)) seen.set(agency.id, line);
    if (agency?.establishedOn && agency.establishedOn.getUTCFullYear() > year) problems.push(common().errors.notEstablished(agency.establishedOn, year));

    const parsed = schema.safeParse({ year, reason: cell(cells, "reason"), ...Object.fromEntries(COUNT_KEYS.map((k) => [k, cell(cells, k)])) });
    let counts: HireCounts | null = null;
    if (parsed.success) {
      const { year: _y, reason: _r, version: _v, ...c } = parsed.data;
      counts = c;
    } else {
      for (const issue of parsed.error.issues) {
        const column = IMPORT_COLUMNS.find((c) => c.key === issue.path[0]);
        problems.push(column ? `${column.header}: ${issue.message}` : issue.message);
      }
    }
    const before = agency ? existing.has(agency.id) : false;
    const change = !counts || !agency ? null : before ? "replace" : "new";
    return {
      line,
      orgNumber,
      agencyId: agency?.id ?? null,
      agencyName: agency?.name ?? cell(cells, "name"),
      counts,
      reason: cell(cells, "reason"),
      change,
      problems,
    };
  });
  return { fileProblems, rows, ok: fileProblems.length === 0 && rows.every((r) => r.problems.length === 0) };
}

/** The template: the header and one row per agency, ready to fill in. */
export function importTemplate(agencies: readonly ImportAgency[]): string[][] {
  return [IMPORT_COLUMNS.map((c) => c.header), ...agencies.map((a) => [a.orgNumber, a.name, ...IMPORT_COLUMNS.slice(2).map(() => "")])];
}
