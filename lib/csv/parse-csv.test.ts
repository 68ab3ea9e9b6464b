import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv.ts";
import { csvCell, toCsv, UTF8_BOM } from "./write-csv.ts";
import { decodeUtf8 } from "./decode-utf8.ts";

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, and reports start lines", () => {
    const r = parseCsv('a,b,c\r\n"x, y","he said ""hi""","two\nlines"\n3,,\n');
    expect(r.ok && r.records).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["x, y", 'he said "hi"', "two\nlines"] },
      { line: 4, fields: ["3", "", ""] },
    ]);
  });
  it("handles a last line without newline and skips blank lines", () => {
    const r = parseCsv("a\n\nb");
    expect(r.ok && r.records.map((x) => x.fields[0])).toEqual(["a", "b"]);
  });
  it("rejects an unclosed quote and text after a closing quote", () => {
    expect(parseCsv('a,"open\n').ok).toBe(false);
    expect(parseCsv('"a"b,c').ok).toBe(false);
    expect(parseCsv('ab"c,d').ok).toBe(false);
  });
  it("stops at maxRecords", () => {
    const r = parseCsv("1\n2\n3\n4\n", { maxRecords: 2 });
    expect(r.ok && r.records.length).toBe(2);
    expect(r.ok && r.truncated).toBe(true);
  });
});

describe("writing", () => {
  it("neutralizes formula cells and round-trips through the parser", () => {
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    for (const bad of ["+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(bad).replace(/^"/, "").startsWith("'")).toBe(true);
    const doc = toCsv(["h"], [['济南, 東京 "quoted"\nline']]);
    expect(doc.startsWith(UTF8_BOM)).toBe(true);
    const r = parseCsv(doc.slice(1));
    expect(r.ok && r.records[1].fields[0]).toBe('济南, 東京 "quoted"\nline');
  });
  it("refuses invalid UTF-8 (Shift_JIS bytes)", () => {
    expect(decodeUtf8(new Uint8Array([0x93, 0x8c, 0x8b, 0x9e])).ok).toBe(false);
    expect(decodeUtf8(new TextEncoder().encode("東京")).ok).toBe(true);
  });
});
