import { describe, expect, it } from "vitest";
import type { PublicAgenda } from "@/lib/agenda/types";
import { renderEmbedHtml } from "./render-embed-html.ts";

const agenda: PublicAgenda = {
  event: {
    id: "e",
    slug: "ev",
    status: "PUBLISHED",
    title: { en: "<script>alert(1)</script> & co" },
    subtitle: {},
    languages: ["zh", "en"],
    primaryTimeZone: "Asia/Shanghai",
    startDate: "2020-07-30",
    endDate: "2020-07-30",
    streamLinksPublic: false,
  },
  venues: [
    { id: "j", kind: "PHYSICAL", name: { en: "Jinan" }, city: { en: "Jinan" }, country: "CN", timeZone: "Asia/Shanghai", capacity: 1 },
    { id: "t", kind: "PHYSICAL", name: { en: "Tokyo" }, city: { en: "Tokyo" }, country: "JP", timeZone: "Asia/Tokyo", capacity: 1 },
  ],
  tracks: [],
  sessions: [
    {
      id: "s1",
      type: "PLENARY",
      title: { zh: '主论坛 "<b>"' },
      abstract: {},
      startsAt: "2020-07-30T02:00:00.000Z",
      endsAt: "2020-07-30T03:00:00.000Z",
      hostVenueId: "j",
      relayVenueIds: ["t"],
      trackId: null,
      language: "zh",
      interpretation: [],
      people: [],
    },
  ],
  builtAt: "2020-01-01T00:00:00.000Z",
};
const labels = {
  title: "Agenda",
  host: "Host venue",
  nextDay: "next day",
  previousDay: "previous day",
  online: "Online",
  types: { PLENARY: "Plenary" },
};

describe("renderEmbedHtml", () => {
  it("is a complete document with escaped text, both venues' local times and no script", () => {
    const html = renderEmbedHtml(agenda, "en", labels, "https://accord.example");
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    expect(html).toContain('<span lang="zh-Hans">主论坛 &quot;&lt;b&gt;&quot;</span>');
    expect(html).toContain("<b>10:00–11:00 UTC+8</b> · Jinan (Host venue)");
    expect(html).toContain("11:00–12:00 UTC+9 · Tokyo");
    expect(html).toContain('href="https://accord.example/events/ev/sessions/s1"');
  });
});

describe("renderEmbedHtml tracks", () => {
  it("shows a session's track by its name in the reader's language, on its palette colour", () => {
    const withTrack: PublicAgenda = {
      ...agenda,
      tracks: [{ id: "trk", name: { en: "City of Jinan", zh: "济南城市专场", ja: "済南市セミナー" }, color: "rose" }],
      sessions: agenda.sessions.map((s) => ({ ...s, trackId: "trk" })),
    };
    const ja = renderEmbedHtml(withTrack, "ja", labels, "https://accord.example");
    expect(ja).toContain('<span class="tr tr-rose" lang="ja">済南市セミナー</span>');
    expect(ja).toContain(".tr-rose{background:#be123c}");
    expect(renderEmbedHtml(withTrack, "en", labels, "https://accord.example")).toContain(">City of Jinan</span>");
    expect(renderEmbedHtml(agenda, "en", labels, "https://accord.example")).not.toContain('class="tr ');
  });
});
