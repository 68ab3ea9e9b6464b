import { NextRequest, NextResponse } from "next/server";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { httpDate } from "@/lib/http/not-modified";
import { TAG_TIME_READER } from "@/lib/http/public-last-modified";
import { proxy } from "./proxy";

// proxy.ts's validator for anonymous public pages: Last-Modified on the 200s it marks public,
// a 304 without a render, a Content-Security-Policy or a cookie to a conditional request
// whose copy is still good, and neither for anything personal.
// next-intl's middleware does not load under vitest (an ESM import of "next/server" without
// its extension); what proxy.ts needs of it: prefixed paths go on, unprefixed ones redirect.
vi.mock("next-intl/middleware", () => ({
  default: () => (request: NextRequest) =>
    /^\/(en|ja|zh)(\/|$)/.test(request.nextUrl.pathname)
      ? NextResponse.next()
      : NextResponse.redirect(new URL(`/en${request.nextUrl.pathname}`, request.url), 307),
}));

const BASE = "http://127.0.0.1:3000";
const PAGE = "/en/events/dialogue-with-shandong-2020";
let lastExpiry = 0;

beforeEach(() => {
  lastExpiry = 0;
  (globalThis as Record<symbol, unknown>)[TAG_TIME_READER] = async () => lastExpiry;
});
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[TAG_TIME_READER];
});

function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return proxy(new NextRequest(`${BASE}${path}`, { method, headers: { host: "127.0.0.1:3000", ...headers } }));
}
const SIGNED_IN = { cookie: "next-auth.session-token=abc" };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A copy rendered in this second (the first test waited past the second the proxy's instance started in). */
const copyDate = async () => httpDate(Date.now());

describe("proxy: Last-Modified and 304 for anonymous public pages", () => {
  beforeAll(() => wait(1_100));

  it("marks an anonymous public page public with the second it was rendered as Last-Modified", async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const res = await get(PAGE);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=5, stale-while-revalidate=60");
    expect(Date.parse(res.headers.get("last-modified")!)).toBeGreaterThanOrEqual(before);
    expect(res.headers.get("content-security-policy")).toContain("nonce-");
  });

  it("answers a conditional GET or HEAD of a good copy with a bare 304", async () => {
    const since = await copyDate();
    for (const method of ["GET", "HEAD"]) {
      const res = await get(PAGE, { "if-modified-since": since }, method);
      expect(res.status, method).toBe(304);
      expect(res.headers.get("last-modified")).toBe(since);
      expect(res.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=5, stale-while-revalidate=60");
      for (const h of ["content-security-policy", "set-cookie", "x-middleware-next", "x-middleware-rewrite"])
        expect(res.headers.get(h), h).toBeNull();
      expect(res.body).toBeNull();
    }
  });

  it("answers 200 once public data expired after the copy", async () => {
    const since = await copyDate();
    lastExpiry = Date.now();
    await wait(1_000);
    const res = await get(PAGE, { "if-modified-since": since });
    expect(res.status).toBe(200);
    expect(Date.parse(res.headers.get("last-modified")!)).toBeGreaterThan(Date.parse(since));
  });

  it("never answers 304 or sends Last-Modified to a signed-in reader, for /register, a redirect or a POST", async () => {
    const since = await copyDate();
    const cases: [string, Record<string, string>, string][] = [
      [PAGE, { ...SIGNED_IN, "if-modified-since": since }, "GET"],
      [`${PAGE}/register`, { "if-modified-since": since }, "GET"],
      ["/events/dialogue-with-shandong-2020", { "if-modified-since": since }, "GET"],
      [PAGE, { "if-modified-since": since }, "POST"],
    ];
    for (const [path, headers, method] of cases) {
      const res = await get(path, headers, method);
      expect(res.status, `${method} ${path}`).not.toBe(304);
      expect(res.headers.get("last-modified"), `${method} ${path}`).toBeNull();
    }
  });
});
