import { msg, type Message } from "@/lib/i18n/server-messages/message";
// A small RFC 4180 parser: comma-separated, fields optionally in double quotes, a quote
// inside a quoted field written as two quotes, CRLF or LF line ends, and commas, quotes and
// line breaks allowed inside quoted fields. Each record remembers the line it starts on so
// error messages point at the line a person sees in their editor.

export type CsvRecord = { line: number; fields: string[] };
export type CsvParseResult = { ok: true; records: CsvRecord[]; truncated: boolean } | { ok: false; line: number; reason: Message };

export type CsvParseOptions = {
  /** Stop after this many records (truncated: true) so a huge file costs no more than the limit. */
  maxRecords?: number;
};

const QUOTED_RUN_END = /["\n]/g;
const UNQUOTED_RUN_END = /[",\r\n]/g;

export function parseCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  const max = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false; // inside a quoted field
  let afterQuote = false; // the quoted field just closed; only a separator may follow

  const endRecord = () => {
    fields.push(field);
    // A completely empty line (one empty field) is skipped, as spreadsheets do.
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    afterQuote = false;
  };

  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i += 1;
        continue;
      }
      if (ch === "\n") line += 1;
      // Copy the run up to the next quote or line break at once (a 5,000-row import parses
      // in a request that other requests wait behind; one character at a time was slow).
      QUOTED_RUN_END.lastIndex = i + 1;
      const end = QUOTED_RUN_END.exec(text)?.index ?? text.length;
      field += text.slice(i, end);
      i = end;
      continue;
    }
    if (ch === ",") {
      fields.push(field);
      field = "";
      afterQuote = false;
      i += 1;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line += 1;
      recordLine = line;
      if (records.length >= max) return { ok: true, records, truncated: i < text.length };
      continue;
    }
    if (afterQuote) return { ok: false, line, reason: msg("csv.unexpectedTextAfterClosingQuote") };
    if (ch === '"') {
      if (field !== "") return { ok: false, line, reason: msg("csv.quoteAppearsMiddleUnquotedField") };
      quoted = true;
      i += 1;
      continue;
    }
    UNQUOTED_RUN_END.lastIndex = i + 1;
    const end = UNQUOTED_RUN_END.exec(text)?.index ?? text.length;
    field += text.slice(i, end);
    i = end;
  }
  if (quoted) return { ok: false, line: recordLine, reason: msg("csv.quotedFieldNeverClosedMissing") };
  if (field !== "" || fields.length > 0 || afterQuote) endRecord();
  const truncated = records.length > max;
  return { ok: true, records: truncated ? records.slice(0, max) : records, truncated };
}
