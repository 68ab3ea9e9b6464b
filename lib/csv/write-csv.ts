// CSV writing for files people open in Excel, Numbers or LibreOffice. A UTF-8 byte-order
// mark makes those programs read Chinese and Japanese correctly. A cell that begins with
// = + - @, a tab or a carriage return would be run as a formula ("=cmd|' /C calc'!A0"), so
// it gets a leading apostrophe, which spreadsheets show as text and do not evaluate.

export const UTF8_BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number | bigint | null | undefined): string {
  const text = neutralizeFormula(value === null || value === undefined ? "" : String(value));
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to a CSV document: BOM, CRLF line ends (RFC 4180), every cell escaped. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | bigint | null | undefined)[])[]): string {
  const lines = [header.map(csvCell).join(","), ...rows.map((row) => row.map(csvCell).join(","))];
  return UTF8_BOM + lines.join("\r\n") + "\r\n";
}

/** Undoes neutralizeFormula for a value read back from our own export. */
export function restoreFormula(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
