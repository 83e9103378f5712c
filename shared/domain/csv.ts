/**
 * CSV as spreadsheets read it (RFC 4180, CRLF lines, a BOM so Excel reads UTF-8). A text cell that
 * begins like a formula (= + - @, tab, carriage return; a plain number aside) is prefixed with an apostrophe: a citizen's
 * words must never run as a formula in a clerk's spreadsheet (OWASP CSV injection).
 */
export type CsvValue = string | number | null | undefined;

export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const formula = /^[=+\-@\t\r]/.test(v) && !/^-?\d+(\.\d+)?%?$/.test(v);
  const s = formula ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
