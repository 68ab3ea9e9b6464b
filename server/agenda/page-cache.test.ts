import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "../env.ts";
import { invalidateAgendaCache } from "./agenda-cache.ts";
import { resetAgendaCachesForTests } from "./agenda-caches-on.ts";
import { agendaPagesStats, clearAgendaPages, getOrRenderPage, PAGE_CACHE_MAX_BYTES } from "./page-cache.ts";
import { serveCachedAgendaPage } from "./serve-cached-agenda-page.ts";

const b64 = (s: string) => Buffer.from(s).toString("base64url");
const page = (body: string, status = 200) => ({ status, contentType: "text/html", body });

afterEach(() => {
  clearAgendaPages();
  vi.unstubAllGlobals();
});

describe("rendered agenda page cache", () => {
  it("renders once, then serves from memory; concurrent misses share one render", async () => {
    const render = vi.fn(async () => page("<p>agenda</p>"));
    const [a, b] = await Promise.all([getOrRenderPage("k", render), getOrRenderPage("k", render)]);
    expect(a.page.body).toBe("<p>agenda</p>");
    expect(b.page.body).toBe("<p>agenda</p>");
    expect((await getOrRenderPage("k", render)).hit).toBe(true);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it("is emptied by an organizer write's invalidation, so the next request renders anew", async () => {
    await getOrRenderPage("k", async () => page("old"));
    invalidateAgendaCache("any-event");
    const next = await getOrRenderPage("k", async () => page("new"));
    expect(next).toEqual({ page: page("new"), hit: false });
  });

  it("does not keep a render that started before a write, nor error pages", async () => {
    let finish!: (p: ReturnType<typeof page>) => void;
    const slow = getOrRenderPage("k", () => new Promise((r) => (finish = r)));
    invalidateAgendaCache("any-event");
    finish(page("stale"));
    await slow;
    expect((await getOrRenderPage("k", async () => page("fresh"))).page.body).toBe("fresh");
    await getOrRenderPage("missing", async () => page("not found", 404));
    expect((await getOrRenderPage("missing", async () => page("again", 404))).page.body).toBe("again");
  });

  it("keeps what it stores under a byte budget, dropping the oldest pages, however many query variants arrive", async () => {
    const big = "页".repeat(PAGE_CACHE_MAX_BYTES / 2 / 10); // a tenth of the budget (2 bytes a character)
    for (let i = 0; i < 25; i += 1) await getOrRenderPage(`ja /events/e/agenda?x=${i}`, async () => page(big));
    const { entries, bytes } = agendaPagesStats();
    expect(bytes).toBeLessThanOrEqual(PAGE_CACHE_MAX_BYTES);
    expect(entries).toBe(10);
    // The newest are the ones kept.
    expect((await getOrRenderPage("ja /events/e/agenda?x=24", async () => page("re-rendered"))).hit).toBe(true);
    expect((await getOrRenderPage("ja /events/e/agenda?x=0", async () => page("re-rendered"))).page.body).toBe("re-rendered");
  });

  it("serves but does not keep a single page too large for the budget; replacing a page frees its bytes", async () => {
    const huge = "x".repeat(PAGE_CACHE_MAX_BYTES / 4);
    expect((await getOrRenderPage("huge", async () => page(huge))).page.body).toBe(huge);
    expect(agendaPagesStats()).toEqual({ entries: 0, bytes: 0 });
    let now = 0;
    await getOrRenderPage(
      "k",
      async () => page("12345"),
      () => now,
    );
    now = 61_000; // expired: the next request renders and replaces it
    await getOrRenderPage(
      "k",
      async () => page("123"),
      () => now,
    );
    expect(agendaPagesStats()).toEqual({ entries: 1, bytes: 6 });
    clearAgendaPages();
    expect(agendaPagesStats()).toEqual({ entries: 0, bytes: 0 });
  });

  it("expires entries after a minute", async () => {
    let now = 0;
    await getOrRenderPage(
      "k",
      async () => page("v1"),
      () => now,
    );
    now = 61_000;
    expect(
      (
        await getOrRenderPage(
          "k",
          async () => page("v2"),
          () => now,
        )
      ).page.body,
    ).toBe("v2");
  });
});

describe("serveCachedAgendaPage", () => {
  beforeEach(() => {
    // No database is touched; the configuration only has to be valid.
    vi.stubEnv("DATABASE_URL", process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/unused");
    resetEnvForTests();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvForTests();
  });
  it("renders from the server's own address, never the request's Host, keyed by language", async () => {
    const fetchMock = vi.fn(
      async (url: URL, init: RequestInit) =>
        new Response(`page for ${(init.headers as Record<string, string>)["accept-language"]}`, {
          status: 200,
          headers: { "content-type": "text/html" },
        }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const req = (lang: string) =>
      new Request(`http://evil.example/api/public-pages/agenda?target=${b64("/events/demo-event/agenda?venue=x")}`, {
        headers: { cookie: `NEXT_LOCALE=${lang}` },
      });
    const first = await serveCachedAgendaPage(req("ja"));
    expect(await first.text()).toBe("page for ja");
    expect(first.headers.get("x-accord-page-cache")).toBe("miss");
    expect((await serveCachedAgendaPage(req("ja"))).headers.get("x-accord-page-cache")).toBe("hit");
    expect(await (await serveCachedAgendaPage(req("zh"))).text()).toBe("page for zh");
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(String(fetchMock.mock.calls[0][0])).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/events\/demo-event\/agenda\?venue=x$/);
  });

  it("takes the page asked for from proxy.ts's header, as an internal rewrite keeps the original URL", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("agenda", { status: 200, headers: { "content-type": "text/html" } })),
    );
    const res = await serveCachedAgendaPage(
      new Request("http://localhost:3000/events/demo-event/agenda?tz=UTC", {
        headers: { "x-accord-page-target": b64("/events/demo-event/agenda?tz=UTC") },
      }),
    );
    expect(res.status).toBe(200);
    expect(String(vi.mocked(fetch).mock.calls[0][0])).toMatch(/\/events\/demo-event\/agenda\?tz=UTC$/);
  });

  it("renders every request, keeping nothing, in a process started with ACCORD_AGENDA_CACHE=off", async () => {
    vi.stubEnv("ACCORD_AGENDA_CACHE", "off");
    resetEnvForTests();
    resetAgendaCachesForTests();
    try {
      const fetchMock = vi.fn(async () => new Response("agenda", { status: 200, headers: { "content-type": "text/html" } }));
      vi.stubGlobal("fetch", fetchMock);
      const req = () => new Request(`http://localhost/api/public-pages/agenda?target=${b64("/events/demo-event/agenda")}`);
      for (let i = 0; i < 2; i++) expect((await serveCachedAgendaPage(req())).headers.get("x-accord-page-cache")).toBe("off");
      expect(fetchMock).toHaveBeenCalledTimes(2);
      expect(agendaPagesStats().entries).toBe(0);
    } finally {
      resetAgendaCachesForTests();
    }
  });

  it("refuses any target that is not a public agenda path", async () => {
    vi.stubGlobal("fetch", vi.fn());
    for (const target of ["//evil.example/x", "/api/health", "/events/a/agenda/../../admin", "http://evil.example/events/a/agenda"]) {
      const res = await serveCachedAgendaPage(new Request(`http://localhost/api/public-pages/agenda?target=${b64(target)}`));
      expect(res.status, target).toBe(404);
    }
    expect(fetch).not.toHaveBeenCalled();
  });
});
