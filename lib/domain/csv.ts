/** One CSV field (RFC 4180: quoted when it holds a separator, a quote or a line break). */
function field(value: string | number): string {
  const s = String(value);
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV as Norwegian spreadsheets read it: semicolon-separated, CRLF lines, with a UTF-8 byte-order
 * mark so æøå survive opening in Excel.
 */
export function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${rows.map((r) => r.map(field).join(";")).join("\r\n")}\r\n`;
}
