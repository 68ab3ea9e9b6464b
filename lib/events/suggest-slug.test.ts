import { describe, expect, it } from "vitest";
import { suggestSlug } from "./suggest-slug.ts";

describe("suggestSlug", () => {
  it("makes a web address from the English title", () => {
    expect(suggestSlug({ en: "Dialogue with Shandong 2020", zh: "对话山东 2020" })).toBe("dialogue-with-shandong-2020");
    expect(suggestSlug({ en: "  Japan–Shandong: Café & Co.  " })).toBe("japan-shandong-cafe-co");
  });

  it("uses the English title for a CJK title, never a transliteration; else the first day", () => {
    expect(suggestSlug({ zh: "对话山东", en: "Dialogue with Shandong" })).toBe("dialogue-with-shandong");
    expect(suggestSlug({ zh: "对话山东", ja: "対話山東" }, "2026-07-30")).toBe("event-2026-07-30");
    expect(suggestSlug({ ja: "対話山東 2026" }, "")).toBe("event");
  });

  it("keeps to 60 characters on a word boundary, and is valid for the event schema", () => {
    const slug = suggestSlug({ en: "A very long conference title about cooperation between many provinces and prefectures" });
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug.endsWith("-")).toBe(false);
  });
});
