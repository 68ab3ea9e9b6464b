import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument, rgb } from "pdf-lib";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegistration, createUser } from "@/prisma/seed/factories";
import { createMatrixWorld } from "@/server/authorization-matrix/world";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { buildBadgesPdf } from "./build-badges-pdf.ts";
import { fontCache } from "./draw-text.ts";
import { fontRuns } from "./cjk-font-runs.ts";

// The badge PDF as a printer sees it (issue 20): each page rasterized by poppler's pdftoppm
// (Debian's poppler-utils; .ci/run and `npm test` install it like Chromium), then checked by
// its pixels: the page is not blank, the name line has ink, and a Chinese or Japanese name is
// drawn as glyphs, not as the empty boxes (.notdef) a font without those characters draws.

useTestDatabase();
const PDFTOPPM = process.env.PDFTOPPM_PATH ?? "/usr/bin/pdftoppm";
const DPI = 72; // one pixel per PDF point
const NAMES = ["张伟明", "山田太郎", "Anna Smith"] as const;
const LOCALES = ["zh", "ja", "en"] as const;
let dir: string;

async function rasterize(pdf: Uint8Array, name: string): Promise<PNG[]> {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync(PDFTOPPM, ["-r", String(DPI), "-png", file, path.join(dir, name)]);
  const count = (await PDFDocument.load(pdf)).getPageCount();
  const width = String(count).length;
  return Array.from({ length: count }, (_, i) =>
    PNG.sync.read(readFileSync(path.join(dir, `${name}-${String(i + 1).padStart(width, "0")}.png`))),
  );
}

/** Dark pixels (any channel under 160) in rows [top, bottom) of the image. */
function ink(png: PNG, top = 0, bottom = png.height): number {
  let n = 0;
  for (let y = top; y < bottom; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.min(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!) < 160) n++;
    }
  return n;
}

/** Share of pixels in rows [top, bottom) that differ clearly between two same-sized images. */
function difference(a: PNG, b: PNG, top: number, bottom: number): number {
  let differing = 0;
  for (let y = top; y < bottom; y++)
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      if (Math.abs(a.data[i]! - b.data[i]!) > 64) differing++;
    }
  return differing / ((bottom - top) * a.width);
}

// The name's baseline is 130 pt below the top at 30 pt (build-badges-pdf.ts): its glyphs sit in this band.
const NAME_BAND = [96, 140] as const;

/** The same A6 page with only the name line, drawn in the same font file with characters it lacks (tofu). */
async function tofuPage(like: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await fontCache(doc)(fontRuns(like, "sc", 700)[0]!.file);
  const page = doc.addPage([297.64, 419.53]);
  const text = "\uE000".repeat([...like].length); // private-use code points: no glyph in Noto Sans
  page.drawText(text, {
    x: (page.getWidth() - font.widthOfTextAtSize(text, 30)) / 2,
    y: 419.53 - 130,
    size: 30,
    font,
    color: rgb(0.11, 0.1, 0.09),
  });
  return doc.save();
}

let all: PNG[];
/** Each name's own badge (one registration's PDF), so pages are matched to names. */
const byName = new Map<string, PNG>();
beforeAll(async () => {
  if (!existsSync(PDFTOPPM)) throw new Error(`${PDFTOPPM} is missing: apt-get install poppler-utils (or set PDFTOPPM_PATH)`);
  dir = mkdtempSync(path.join(tmpdir(), "accord-badges-"));
  const w = await createMatrixWorld();
  const ev = await w.event();
  for (const [i, name] of NAMES.entries()) {
    const user = await createUser(db(), { name, locale: LOCALES[i] });
    const reg = await createRegistration(db(), { eventId: ev.event.id, userId: user.id, venueId: ev.tokyo.id });
    const one = await buildBadgesPdf(w.actors.owner, { eventId: ev.event.id, registrationId: reg.id });
    if (!one.ok) throw new Error(one.code);
    byName.set(name, (await rasterize(one.data.pdf, `badge-${i}`))[0]!);
  }
  const result = await buildBadgesPdf(w.actors.owner, { eventId: ev.event.id });
  if (!result.ok) throw new Error(result.code);
  all = await rasterize(result.data.pdf, "badges");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("badge pages rendered to PNG", () => {
  it("renders one non-blank A6 page per registrant, with ink on the name line", () => {
    expect(all).toHaveLength(3);
    for (const png of all) {
      expect([png.width, png.height]).toEqual([298, 420]);
      expect(ink(png)).toBeGreaterThan(3_000); // the QR code alone is thousands of dark pixels
      expect(ink(png, ...NAME_BAND)).toBeGreaterThan(300);
    }
  });

  it("draws the Chinese and Japanese names as glyphs, not as empty boxes", async () => {
    const zh = byName.get(NAMES[0]);
    const ja = byName.get(NAMES[1]);
    for (const [png, name] of [
      [zh!, NAMES[0]],
      [ja!, NAMES[1]],
    ] as const) {
      const [tofu] = await rasterize(await tofuPage(name), `tofu-${name.length}`);
      const tofuInk = ink(tofu!, ...NAME_BAND);
      expect(tofuInk, "the tofu reference draws boxes").toBeGreaterThan(100);
      expect(difference(png, tofu!, ...NAME_BAND), `${name} differs from boxes`).toBeGreaterThan(0.05);
    }
    // Different names, different pictures: the text is drawn, not a placeholder.
    expect(difference(zh!, ja!, ...NAME_BAND)).toBeGreaterThan(0.05);
  });

  it("carries the names as text too (poppler's pdftotext reads them back)", () => {
    const text = execFileSync(PDFTOPPM.replace(/pdftoppm$/, "pdftotext"), [path.join(dir, "badges.pdf"), "-"]).toString("utf8");
    for (const name of NAMES) expect(text.replace(/\s+/g, "")).toContain(name.replace(/\s+/g, ""));
  });
});
