import { describe, expect, it } from "vitest";
import { agendaPageKey, isAgendaPath, readerLocale } from "./page-cache-key.ts";

describe("agenda page cache key", () => {
  it("ignores the order of query parameters and keeps the language apart", () => {
    expect(agendaPageKey("ja", "/events/x/agenda", "?venue=a&tz=UTC")).toBe(agendaPageKey("ja", "/events/x/agenda", "?tz=UTC&venue=a"));
    expect(agendaPageKey("ja", "/events/x/agenda", "")).not.toBe(agendaPageKey("zh", "/events/x/agenda", ""));
  });
  it("takes the saved language first, then Accept-Language", () => {
    expect(readerLocale("a=1; NEXT_LOCALE=zh", "ja")).toBe("zh");
    expect(readerLocale("NEXT_LOCALE=xx", "ja-JP,ja;q=0.9")).toBe("ja");
    expect(readerLocale(null, null)).toBe("en");
  });
  it("accepts only public agenda paths", () => {
    expect(isAgendaPath("/ja/events/dialogue-with-shandong-2020/agenda")).toBe(true);
    for (const p of ["/en/events/a/agenda/x", "/en/events/../agenda", "/api/health", "/en/events/A/agenda", "/events/a/agenda", "/de/events/a/agenda"]) expect(isAgendaPath(p)).toBe(false);
  });
});
