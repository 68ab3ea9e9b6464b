import { decodeUtf8 } from "../csv/decode-utf8.ts";
import { parseCsv } from "../csv/parse-csv.ts";
import { restoreFormula } from "../csv/write-csv.ts";
import { AGREEMENT_CSV_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type AgreementCsvColumn } from "./csv-columns.ts";

// Turns an uploaded file into rows keyed by column, refusing the whole file (one clear
// reason) when it is too big, not UTF-8, malformed or has the wrong columns.

export type AgreementCsvRow = { line: number; cells: Record<AgreementCsvColumn, string> };
export type ReadCsvResult = { ok: true; rows: AgreementCsvRow[] } | { ok: false; reason: string };

export function readAgreementsCsv(bytes: Uint8Array): ReadCsvResult {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, reason: `The file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.` };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  // One extra record beyond header + limit is enough to know the file is too long.
  const parsed = parseCsv(decoded.text, { maxRecords: MAX_IMPORT_ROWS + 2 });
  if (!parsed.ok) return { ok: false, reason: `Line ${parsed.line}: ${parsed.reason}` };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, reason: "The file is empty." };
  if (records.length > MAX_IMPORT_ROWS || parsed.truncated) {
    return { ok: false, reason: `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows, the most one import takes. Split it into smaller files.` };
  }
  const names = header.fields.map((f) => f.trim());
  const expected = AGREEMENT_CSV_COLUMNS as readonly string[];
  if (names.length !== expected.length || names.some((n, i) => n !== expected[i])) {
    const missing = expected.filter((c) => !names.includes(c));
    const unknown = names.filter((n) => !expected.includes(n));
    const details = [missing.length ? `missing: ${missing.join(", ")}` : "", unknown.length ? `unknown: ${unknown.join(", ")}` : ""].filter(Boolean).join("; ");
    const why = details || "the order differs";
    return { ok: false, reason: `The header row must be exactly the exported columns in order (${expected.join(",")}) — ${why}.` };
  }
  const rows: AgreementCsvRow[] = [];
  for (const record of records) {
    if (record.fields.length !== expected.length) {
      return { ok: false, reason: `Line ${record.line}: expected ${expected.length} columns, found ${record.fields.length}. Check for an unquoted comma.` };
    }
    const cells = Object.fromEntries(expected.map((c, i) => [c, restoreFormula(record.fields[i].trim())])) as Record<AgreementCsvColumn, string>;
    rows.push({ line: record.line, cells });
  }
  return { ok: true, rows };
}
