import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "../agreements/csv-columns.ts";
import { decodeUtf8 } from "../csv/decode-utf8.ts";
import { parseCsv } from "../csv/parse-csv.ts";
import { restoreFormula } from "../csv/write-csv.ts";

// The delegates CSV (one invitee per row), read with the agreements import's parser, limits
// and encoding rule (UTF-8 only): a file too big, not UTF-8, malformed or with other columns
// is refused whole with one reason; rows are checked one by one by the import.

export const DELEGATE_CSV_COLUMNS = ["name", "email", "language", "organization", "position", "interpretation", "venue"] as const;
export type DelegateCsvColumn = (typeof DELEGATE_CSV_COLUMNS)[number];
export type DelegateCsvRow = { line: number; cells: Record<DelegateCsvColumn, string> };

export function readDelegatesCsv(bytes: Uint8Array): { ok: true; rows: DelegateCsvRow[] } | { ok: false; reason: string } {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, reason: `The file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.` };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseCsv(decoded.text, { maxRecords: MAX_IMPORT_ROWS + 2 });
  if (!parsed.ok) return { ok: false, reason: `Line ${parsed.line}: ${parsed.reason}` };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, reason: "The file is empty." };
  if (records.length > MAX_IMPORT_ROWS || parsed.truncated) {
    return { ok: false, reason: `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows, the most one import takes. Split it into smaller files.` };
  }
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const expected = DELEGATE_CSV_COLUMNS as readonly string[];
  if (names.length !== expected.length || names.some((n, i) => n !== expected[i])) {
    return { ok: false, reason: `The header row must be exactly these columns in order: ${expected.join(",")}.` };
  }
  const rows: DelegateCsvRow[] = [];
  for (const record of records) {
    if (record.fields.length !== expected.length) {
      return { ok: false, reason: `Line ${record.line}: expected ${expected.length} columns, found ${record.fields.length}. Check for an unquoted comma.` };
    }
    rows.push({ line: record.line, cells: Object.fromEntries(expected.map((c, i) => [c, restoreFormula(record.fields[i].trim())])) as Record<DelegateCsvColumn, string> });
  }
  return { ok: true, rows };
}
