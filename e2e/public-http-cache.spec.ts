import type { APIRequestContext, Page } from "@playwright/test";
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
    expect(cc, path).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect(Date.parse(res.headers()["last-modified"] ?? ""), path).toBeGreaterThan(Date.now() - 60_000);
    expect(res.headers()["set-cookie"], path).toBeUndefined();
  }
});

test("a signed-in reader's pages, personal pages and redirects are never public, never dated, never 304", async ({ page, request }) => {
  // A date a copy of these pages would have if they were shared: a second ago.
  const ifModifiedSince = { "If-Modified-Since": new Date(Date.now() - 1_000).toUTCString() };
  await signInAs(page, "delegate");
  for (const path of [...PUBLIC, `/en/events/${SLUG}/register`, "/me/agenda"]) {
    const res = await page.context().request.get(path, { maxRedirects: 0, headers: ifModifiedSince });
    expect(res.status(), path).toBe(200);
    const cc = res.headers()["cache-control"] ?? "";
    expect(cc, path).not.toContain("public");
    expect(cc, path).toMatch(/private|no-store/);
    expect(res.headers()["last-modified"], path).toBeUndefined();
  }
  // Anonymous, but not for sharing: the register page (sends to sign-in) and the language redirect.
  for (const path of [`/en/events/${SLUG}/register`, `/events/${SLUG}`]) {
    const res = await request.get(path, { maxRedirects: 0, headers: ifModifiedSince });
    expect(res.status(), path).not.toBe(304);
    expect(res.headers()["cache-control"] ?? "", path).not.toContain("public");
    expect(res.headers()["last-modified"], path).toBeUndefined();
  }
});

// Issue 16, a validator: Last-Modified is the second the page was rendered, and proxy.ts
// answers a conditional GET 304 itself while no public write happened since (and for at
// most a minute): lib/http/not-modified.ts.
const EVENT_PAGE = `/en/events/${SLUG}`;

/** A fresh copy's Last-Modified, once the server answers it 304 (not in the second of a write by another spec). */
async function goodCopy(request: APIRequestContext, path: string): Promise<string> {
  let lastModified = "";
  await expect(async () => {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    lastModified = res.headers()["last-modified"] ?? "";
    await new Promise((r) => setTimeout(r, 1_000));
    const again = await request.get(path, { headers: { "If-Modified-Since": lastModified } });
    expect(again.status()).toBe(304);
  }).toPass({ timeout: 20_000 });
  return lastModified;
}

test("a conditional GET of an unchanged public page is a bare 304: no body, no CSP, no cookie", async ({ request }) => {
  const lastModified = await goodCopy(request, EVENT_PAGE);
  for (const method of ["GET", "HEAD"] as const) {
    const res = await request.fetch(EVENT_PAGE, { method, headers: { "If-Modified-Since": lastModified } });
    expect(res.status(), method).toBe(304);
    expect((await res.body()).length, method).toBe(0);
    const headers = res.headers();
    expect(headers["content-security-policy"], method).toBeUndefined();
    expect(headers["set-cookie"], method).toBeUndefined();
    expect(headers["last-modified"], method).toBe(lastModified);
    expect(headers["cache-control"], method).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
  }
  // Not a date, or from the future: a full answer.
  for (const value of ["yesterday", new Date(Date.now() + 3_600_000).toUTCString()]) {
    expect((await request.get(EVENT_PAGE, { headers: { "If-Modified-Since": value } })).status(), value).toBe(200);
  }
});

test.describe("after an organizer's edit", () => {
  test.setTimeout(180_000); // sign-in (Argon2) and the save are slow on a shared two-core machine

  async function descriptionForm(page: Page) {
    await signInAs(page, "owner", "/organizer/events/demo-event-dialogue-with-shandong-2020");
    const form = page.locator("form").filter({ has: page.locator('[name="description.en"]') });
    await expect(form).toHaveCount(1, { timeout: 30_000 });
    await form.evaluate((f) => f.closest("details")?.setAttribute("open", ""));
    return form;
  }

  test("the same conditional GET gets the new page, with a newer Last-Modified", async ({ page, request }) => {
    const form = await descriptionForm(page);
    const description = `Validator check ${Date.now().toString(36)}`;
    await form.locator('[name="description.en"]').fill(description);
    const lastModified = await goodCopy(request, EVENT_PAGE);
    const copiedAt = Date.now();
    await form.getByRole("button", { name: "Save", exact: true }).click();

    let fresh = await request.get(EVENT_PAGE, { headers: { "If-Modified-Since": lastModified } });
    await expect
      .poll(
        async () => {
          fresh = await request.get(EVENT_PAGE, { headers: { "If-Modified-Since": lastModified } });
          return fresh.status() === 200 && (await fresh.text()).includes(description);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    // Well inside the minute after which any copy gets a 200: the edit made this one.
    expect(Date.now() - copiedAt).toBeLessThan(45_000);
    expect(Date.parse(fresh.headers()["last-modified"])).toBeGreaterThan(Date.parse(lastModified));
    // And the new copy validates again.
    await goodCopy(request, EVENT_PAGE);
  });
});

test.describe("in a browser", () => {
  test.use({ timezoneId: "America/New_York" });

  test("a reload revalidated with 304 keeps the page's scripts working, with no CSP error", async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    const agenda = `/en/events/${SLUG}/agenda`;
    // What went over the wire: Playwright reports a revalidated page as the stored 200, the
    // DevTools protocol's "extra info" has the real status and request headers.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    const documents = new Set<string>();
    const wire: { id: string; status?: number; ifModifiedSince?: string }[] = [];
    cdp.on("Network.requestWillBeSent", (e) => {
      if (e.type === "Document") documents.add(e.requestId);
    });
    cdp.on("Network.requestWillBeSentExtraInfo", (e) => {
      const since = Object.entries(e.headers).find(([k]) => k.toLowerCase() === "if-modified-since")?.[1];
      wire.push({ id: e.requestId, ifModifiedSince: since === undefined ? undefined : String(since) });
    });
    cdp.on("Network.responseReceivedExtraInfo", (e) => wire.push({ id: e.requestId, status: e.statusCode }));
    const lastDocument = () => {
      const id = [...documents].at(-1);
      return {
        status: wire.findLast((w) => w.id === id && w.status)?.status,
        ifModifiedSince: wire.find((w) => w.id === id && w.ifModifiedSince)?.ifModifiedSince,
      };
    };

    await page.goto(agenda);
    await expect(page.getByText("Your time (America/New_York)").first()).toBeVisible();
    expect(lastDocument().status).toBe(200);
    // Reload until the browser revalidates its stored page and the server says 304 (not
    // within the second of another spec's write).
    await expect(async () => {
      await page.waitForTimeout(1_000);
      await page.reload();
      expect(lastDocument().status).toBe(304);
    }).toPass({ timeout: 30_000 });
    expect(lastDocument().ifModifiedSince).toBeTruthy();
    // The stored page's scripts (old nonce) still run: the reader's-time fill is client code.
    await expect(page.getByText("Your time (America/New_York)").first()).toBeVisible();
    await page.getByRole("button", { name: "日本語" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    expect(problems.filter((p) => /Content Security Policy|Refused to/i.test(p))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

test("a public page asks the server for nothing more once shown: no link is prefetched", async ({ page }) => {
  // Every prefetch is a server render and a payload a phone parses while the page starts
  // (components/ui/link.tsx); an event page used to make 13 of them.
  const extra: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "fetch" || r.url().includes("_rsc=")) extra.push(r.url());
  });
  for (const path of [`/en/events/${SLUG}`, `/en/events/${SLUG}/agenda`]) {
    await page.goto(path);
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("object");
    await page.getByRole("link", { name: "Events", exact: true }).hover();
    await page.waitForTimeout(1_500);
  }
  expect(extra).toEqual([]);
});
