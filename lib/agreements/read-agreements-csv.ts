import { decodeUtf8 } from "../csv/decode-utf8.ts";
import { parseCsv } from "../csv/parse-csv.ts";
import { restoreFormula } from "../csv/write-csv.ts";
import { AGREEMENT_CSV_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type AgreementCsvColumn } from "./csv-columns.ts";
import { msg, type Message } from "@/lib/i18n/server-messages/message";

// Turns an uploaded file into rows keyed by column, refusing the whole file (one clear
// reason) when it is too big, not UTF-8, malformed or has the wrong columns.

export type AgreementCsvRow = { line: number; cells: Record<AgreementCsvColumn, string> };
export type ReadCsvResult = { ok: true; rows: AgreementCsvRow[] } | { ok: false; reason: Message };

export function readAgreementsCsv(bytes: Uint8Array): ReadCsvResult {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      reason: msg("csv.fileMbLimitMbSplit", { size: (bytes.byteLength / 1024 / 1024).toFixed(1), limit: MAX_IMPORT_BYTES / 1024 / 1024 }),
    };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  // One extra record beyond header + limit is enough to know the file is too long.
  const parsed = parseCsv(decoded.text, { maxRecords: MAX_IMPORT_ROWS + 2 });
  if (!parsed.ok) return { ok: false, reason: msg("csv.lineProblem", { line: parsed.line, reason: parsed.reason }) };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, reason: msg("csv.fileEmpty") };
  if (records.length > MAX_IMPORT_ROWS || parsed.truncated) {
    return { ok: false, reason: msg("csv.fileHasMoreThanRows", { max: MAX_IMPORT_ROWS }) };
  }
  const names = header.fields.map((f) => f.trim());
  const expected = AGREEMENT_CSV_COLUMNS as readonly string[];
  if (names.length !== expected.length || names.some((n, i) => n !== expected[i])) {
    const missing = expected.filter((c) => !names.includes(c));
    const unknown = names.filter((n) => !expected.includes(n));
    const why =
      missing.length && unknown.length
        ? msg("csv.missingUnknown", { columns: missing.join(", "), others: unknown.join(", ") })
        : missing.length
          ? msg("csv.missing", { columns: missing.join(", ") })
          : unknown.length
            ? msg("csv.unknown", { columns: unknown.join(", ") })
            : msg("csv.orderDiffers");
    return { ok: false, reason: msg("csv.headerRowMustExactlyExported", { columns: expected.join(","), details: why }) };
  }
  const rows: AgreementCsvRow[] = [];
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
    const cells = Object.fromEntries(expected.map((c, i) => [c, restoreFormula(record.fields[i].trim())])) as Record<
      AgreementCsvColumn,
      string
    >;
    rows.push({ line: record.line, cells });
  }
  return { ok: true, rows };
}
