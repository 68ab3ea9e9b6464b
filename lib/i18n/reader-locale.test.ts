import { describe, expect, it } from "vitest";
import { readerLocale } from "./reader-locale.ts";

describe("reader locale from raw headers", () => {
  it("takes the saved language first, then Accept-Language", () => {
    expect(readerLocale("a=1; NEXT_LOCALE=zh", "ja")).toBe("zh");
    expect(readerLocale("NEXT_LOCALE=xx", "ja-JP,ja;q=0.9")).toBe("ja");
    expect(readerLocale(null, null)).toBe("en");
  });
});
