import { expect, test } from "@playwright/test";

// Anonymous readers get the public agenda from the rendered-page cache (proxy.ts): the
// first request renders it, the next is served from memory, and both are the real page.
test("an anonymous agenda request is rendered once, then served from the page cache", async ({ request }) => {
  const path = `/events/dialogue-with-shandong-2020/agenda?tz=Europe%2FLondon&cache-check=${Date.now()}`;
  const first = await request.get(path, { headers: { "accept-language": "ja" } });
  expect(first.status()).toBe(200);
  expect(first.headers()["x-accord-page-cache"]).toBe("miss");
  // A same-origin rewrite stays inside the server; an absolute one means an HTTP proxy hop.
  expect(first.headers()["x-middleware-rewrite"] ?? "").not.toMatch(/^https?:/);
  const second = await request.get(path, { headers: { "accept-language": "ja" } });
  expect(second.headers()["x-accord-page-cache"]).toBe("hit");
  expect(second.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  // The same page, but each answer carries its own request's CSP nonce (lib/csp.ts).
  const withoutNonce = async (res: typeof first) =>
    (await res.text()).split(/'nonce-([^']+)'/.exec(res.headers()["content-security-policy"])![1]).join("NONCE");
  expect(await withoutNonce(second)).toBe(await withoutNonce(first));
  expect(await second.text()).toContain("Europe/London");
});

test("an unknown event's agenda is a 404 page, not a cached one", async ({ request }) => {
  const res = await request.get("/events/no-such-event/agenda");
  expect(res.status()).toBe(404);
  expect(res.headers()["x-accord-page-cache"]).toBe("miss");
});

test("a client navigation to the agenda (RSC request) gets the page's RSC payload, not cached HTML", async ({ request }) => {
  // Were it answered with HTML, the browser would fall back to a full reload on every soft navigation.
  const res = await request.get("/events/dialogue-with-shandong-2020/agenda?tz=UTC&_rsc=a11y1", { headers: { rsc: "1" } });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/x-component");
  expect(res.headers()["x-accord-page-cache"]).toBeUndefined();
});
