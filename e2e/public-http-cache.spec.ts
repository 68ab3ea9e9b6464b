import { expect, signInAs, test } from "./fixtures/auth";

// Issue 16: anonymous public pages may be kept by a reverse proxy or CDN (proxy.ts); nothing
// a signed-in reader gets, and no personal page, is ever marked public.
const SLUG = "dialogue-with-shandong-2020";
const PUBLIC = [
  "/en",
  `/en/events/${SLUG}`,
  `/ja/events/${SLUG}/agenda`,
  `/zh/events/${SLUG}/sessions/demo-session-plenary`,
  `/en/events/${SLUG}/tally`,
];

test("anonymous public pages say public, s-maxage and stale-while-revalidate, and set no cookie", async ({ request }) => {
  for (const path of PUBLIC) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    const cc = res.headers()["cache-control"] ?? "";
    expect(cc, path).toMatch(/^public, s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect(res.headers()["set-cookie"], path).toBeUndefined();
  }
});

test("a signed-in reader's pages, personal pages and redirects are never public", async ({ page, request }) => {
  await signInAs(page, "delegate");
  for (const path of [...PUBLIC, `/en/events/${SLUG}/register`, "/me/agenda"]) {
    const res = await page.context().request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    const cc = res.headers()["cache-control"] ?? "";
    expect(cc, path).not.toContain("public");
    expect(cc, path).toMatch(/private|no-store/);
  }
  // Anonymous, but not for sharing: the register page (sends to sign-in) and the language redirect.
  for (const path of [`/en/events/${SLUG}/register`, `/events/${SLUG}`]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.headers()["cache-control"] ?? "", path).not.toContain("public");
  }
});
