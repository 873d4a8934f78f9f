/**
 * The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"):
 * `=`, `+`, `-`, `@`, and a tab or carriage return before one of them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that no spreadsheet runs as a formula: one beginning with a formula character gets
 * a leading apostrophe, which Excel and LibreOffice show as the start of a text. Only for text:
 * numbers are written as numbers and never pass through here.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180: quoted when it holds a separator, a quote or a line break). */
function field(value: string | number): string {
  const s = typeof value === "number" ? String(value) : neutraliseFormula(value);
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV as Norwegian spreadsheets read it: semicolon-separated, CRLF lines, with a UTF-8 byte-order
 * mark so æøå survive opening in Excel. Text fields that would start a formula are neutralised.
 */
export function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${rows.map((r) => r.map(field).join(";")).join("\r\n")}\r\n`;
}
