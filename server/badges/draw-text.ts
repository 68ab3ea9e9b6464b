import "server-only";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont, PDFPage, RGB } from "pdf-lib";
import { fontBytes, fontRuns, type FontFamily } from "./cjk-font-runs.ts";

/** Embeds each font file once per document (subset to the glyphs used). */
export function fontCache(doc: PDFDocument) {
  doc.registerFontkit(fontkit);
  const fonts = new Map<string, Promise<PDFFont>>();
  return (file: string) => {
    let f = fonts.get(file);
    if (!f) fonts.set(file, (f = doc.embedFont(fontBytes(file), { subset: true })));
    return f;
  };
}

type Style = { size: number; family: FontFamily; weight?: 400 | 700; color: RGB };

/** Width of the text at this style, for centring. */
export async function textWidth(font: ReturnType<typeof fontCache>, text: string, style: Style): Promise<number> {
  let w = 0;
  for (const run of fontRuns(text, style.family, style.weight)) w += (await font(run.file)).widthOfTextAtSize(run.text, style.size);
  return w;
}

/** Draws the text centred on the page at y, shrinking it until it fits the width. */
export async function drawCentred(
  page: PDFPage,
  font: ReturnType<typeof fontCache>,
  text: string,
  y: number,
  style: Style,
  maxWidth: number,
) {
  let size = style.size;
  let width = await textWidth(font, text, { ...style, size });
  while (width > maxWidth && size > 8) {
    size -= 1;
    width = await textWidth(font, text, { ...style, size });
  }
  let x = (page.getWidth() - width) / 2;
  for (const run of fontRuns(text, style.family, style.weight)) {
    const f = await font(run.file);
    page.drawText(run.text, { x, y, size, font: f, color: style.color });
    x += f.widthOfTextAtSize(run.text, size);
  }
}
