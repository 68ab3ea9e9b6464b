import fontkit from "@pdf-lib/fontkit";
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { createRegistration, createUser } from "@/prisma/seed/factories";
import { createMatrixWorld, type MatrixWorld } from "@/server/authorization-matrix/world";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { buildBadgesPdf } from "./build-badges-pdf.ts";
import { fontBytes, fontRuns } from "./cjk-font-runs.ts";

// The badge PDF holds Chinese and Japanese names as real glyphs of embedded CJK fonts: each
// character maps to a glyph (not .notdef) of the font file chosen for it, and the embedded
// fonts' ToUnicode maps carry every character of the names.

useTestDatabase();

// "ff" is drawn with a ligature glyph, whose ToUnicode entry names two letters.
const NAMES = { zh: "张伟", ja: "山田太郎", en: "Anna Hoffmann" } as const;
let w: MatrixWorld;
let eventId: string;
beforeAll(async () => {
  w = await createMatrixWorld();
  const ev = await w.event();
  eventId = ev.event.id;
  for (const [locale, name] of Object.entries(NAMES)) {
    const user = await createUser(db(), { name, locale });
    await createRegistration(db(), { eventId, userId: user.id, venueId: ev.tokyo.id }, { vip: locale === "zh" });
  }
});

/** Every Unicode code point the embedded fonts' ToUnicode maps name. */
async function mappedCharacters(pdf: Uint8Array): Promise<{ chars: Set<string>; fonts: string[] }> {
  const doc = await PDFDocument.load(pdf);
  const chars = new Set<string>();
  const fonts: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of("Subtype"))?.toString() !== "/Type0") continue;
    fonts.push(obj.get(PDFName.of("BaseFont"))!.toString());
    const ref = obj.get(PDFName.of("ToUnicode"));
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : null;
    if (!(stream instanceof PDFRawStream)) continue;
    const cmap = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
    // A destination is a UTF-16BE string: one character, a surrogate pair, or several
    // letters for a ligature glyph ("ff" is <00660066>).
    for (const [, hex] of cmap.matchAll(/<[0-9a-f]+> <((?:[0-9a-f]{4})+)>/gi)) {
      const units = hex!.match(/.{4}/g)!.map((u) => parseInt(u, 16));
      for (const ch of String.fromCharCode(...units)) chars.add(ch);
    }
  }
  return { chars, fonts };
}

describe("badges PDF", () => {
  it("makes one A6 page per confirmed registrant with the CJK names mapped to embedded Noto Sans glyphs", async () => {
    const result = await buildBadgesPdf(w.actors.owner, { eventId });
    if (!result.ok) throw new Error(result.code);
    expect(result.data.count).toBe(3);
    const doc = await PDFDocument.load(result.data.pdf);
    expect(doc.getPageCount()).toBe(3);
    expect(doc.getPage(0).getSize()).toEqual({ width: 297.64, height: 419.53 });
    const { chars, fonts } = await mappedCharacters(result.data.pdf);
    expect(fonts.every((f) => /NotoSans(SC|JP)/.test(f))).toBe(true);
    expect(fonts.some((f) => f.includes("NotoSansJP"))).toBe(true);
    expect(fonts.some((f) => f.includes("NotoSansSC"))).toBe(true);
    for (const name of Object.values(NAMES)) for (const ch of name.replace(/ /g, "")) expect(chars, ch).toContain(ch);
    expect(chars).toContain("贵"); // VIP in Chinese for the Chinese reader
    expect(result.data.pdf.length).toBeLessThan(400_000);
  });

  it("draws each character of the names with a glyph of its chosen font (no empty boxes)", () => {
    for (const [family, name] of [
      ["sc", NAMES.zh],
      ["jp", NAMES.ja],
      ["sc", NAMES.en],
    ] as const) {
      const runs = fontRuns(name, family, 700);
      expect(runs.map((r) => r.text).join("")).toBe(name);
      for (const run of runs) {
        const font = fontkit.create(Buffer.from(fontBytes(run.file)));
        for (const ch of run.text) expect(font.glyphForCodePoint(ch.codePointAt(0)!).id, `${ch} in ${run.file}`).not.toBe(0);
      }
    }
  });

  it("is refused to other organizations and for a registration of another event", async () => {
    expect(await buildBadgesPdf(w.actors.outsider, { eventId })).toMatchObject({ code: "not_found" });
    expect(await buildBadgesPdf(w.actors.delegate, { eventId })).toMatchObject({ ok: false });
    expect(await buildBadgesPdf(w.actors.owner, { eventId, registrationId: "no-such-registration" })).toMatchObject({ code: "not_found" });
  });
});
