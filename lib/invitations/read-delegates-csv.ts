import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "../agreements/csv-columns.ts";
import { msg, type Message } from "../i18n/server-messages/message.ts";
import { decodeUtf8 } from "../csv/decode-utf8.ts";
import { parseCsv } from "../csv/parse-csv.ts";
import { restoreFormula } from "../csv/write-csv.ts";

// The delegates CSV (one invitee per row), read with the agreements import's parser, limits
// and encoding rule (UTF-8 only): a file too big, not UTF-8, malformed or with other columns
// is refused whole with one reason; rows are checked one by one by the import.

export const DELEGATE_CSV_COLUMNS = ["name", "email", "language", "organization", "position", "interpretation", "venue"] as const;
export type DelegateCsvColumn = (typeof DELEGATE_CSV_COLUMNS)[number];
export type DelegateCsvRow = { line: number; cells: Record<DelegateCsvColumn, string> };

export function readDelegatesCsv(bytes: Uint8Array): { ok: true; rows: DelegateCsvRow[] } | { ok: false; reason: Message } {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      reason: msg("csv.fileMbLimitMbSplit", { size: (bytes.byteLength / 1024 / 1024).toFixed(1), limit: MAX_IMPORT_BYTES / 1024 / 1024 }),
    };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseCsv(decoded.text, { maxRecords: MAX_IMPORT_ROWS + 2 });
  if (!parsed.ok) return { ok: false, reason: msg("csv.lineProblem", { line: parsed.line, reason: parsed.reason }) };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, reason: msg("csv.fileEmpty") };
  if (records.length > MAX_IMPORT_ROWS || parsed.truncated) {
    return { ok: false, reason: msg("csv.fileHasMoreThanRows", { max: MAX_IMPORT_ROWS }) };
  }
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const expected = DELEGATE_CSV_COLUMNS as readonly string[];
  if (names.length !== expected.length || names.some((n, i) => n !== expected[i])) {
    return { ok: false, reason: msg("delegation.csvHeader", { columns: expected.join(",") }) };
  }
  const rows: DelegateCsvRow[] = [];
  for (const record of records) {
    if (record.fields.length !== expected.length) {
      return {
        ok: false,
        reason: msg("csv.lineProblem", {
          line: record.line,
          reason: msg("csv.expectedColumnsFoundCheckUnquoted", { expected: expected.length, found: record.fields.length }),
        }),
      };
    }
    rows.push({
      line: record.line,
      cells: Object.fromEntries(expected.map((c, i) => [c, restoreFormula(record.fields[i].trim())])) as Record<DelegateCsvColumn, string>,
    });
  }
  return { ok: true, rows };
}
