import { expect, test } from "@playwright/test";

// Issue 16: public pages carry their language in the path (lib/i18n/routing.ts). Old,
// unprefixed links are redirected once by the reader's cookie, else Accept-Language, query
// kept; each page names its canonical URL and its other languages; the switcher keeps the page.
const SLUG = "dialogue-with-shandong-2020";

test("an unprefixed public URL is redirected once to the reader's language, query kept", async ({ request, baseURL }) => {
  const cases: { path: string; headers: Record<string, string>; to: string }[] = [
    {
      path: `/events/${SLUG}/agenda?tz=Asia%2FTokyo&venue=x`,
      headers: { cookie: "NEXT_LOCALE=ja", "accept-language": "zh" },
      to: `/ja/events/${SLUG}/agenda?tz=Asia%2FTokyo&venue=x`,
    },
    { path: `/events/${SLUG}`, headers: { "accept-language": "zh-CN,zh;q=0.9,en;q=0.5" }, to: `/zh/events/${SLUG}` },
    { path: "/", headers: { "accept-language": "fr" }, to: "/en" },
    {
      path: `/events/${SLUG}/sessions/demo-session-plenary`,
      headers: { "accept-language": "ja" },
      to: `/ja/events/${SLUG}/sessions/demo-session-plenary`,
    },
  ];
  for (const c of cases) {
    const res = await request.get(c.path, { headers: c.headers, maxRedirects: 0 });
    expect(res.status(), c.path).toBe(307);
    expect(new URL(res.headers().location, baseURL).pathname + new URL(res.headers().location, baseURL).search, c.path).toBe(c.to);
    const landed = await request.get(c.to, { headers: c.headers, maxRedirects: 0 });
    expect(landed.status(), c.to).toBe(200);
  }
});

test("a prefixed page is in its path's language whatever the cookie says, with canonical and hreflang links, and sets no cookie", async ({
  request,
}) => {
  const res = await request.get(`/ja/events/${SLUG}`, { headers: { cookie: "NEXT_LOCALE=zh", "accept-language": "en" }, maxRedirects: 0 });
  expect(res.status()).toBe(200);
  expect(res.headers()["set-cookie"]).toBeUndefined();
  const html = await res.text();
  expect(html).toMatch(/<html lang="ja"/);
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+/ja/events/${SLUG}"`));
  for (const lang of ["en", "zh", "ja"])
    expect(html).toMatch(new RegExp(`<link rel="alternate" hrefLang="${lang}" href="https?://[^"]+/${lang}/events/${SLUG}"`));
  expect(html).toMatch(new RegExp(`<link rel="alternate" hrefLang="x-default" href="https?://[^"]+/events/${SLUG}"`));
  // Links inside the page stay in the page's language.
  expect(html).toContain(`href="/ja/events/${SLUG}/agenda"`);
});

test("an unknown language prefix is not found; the workspace stays unprefixed", async ({ request }) => {
  expect((await request.get(`/de/events/${SLUG}`, { maxRedirects: 0 })).status()).toBe(404);
  const signIn = await request.get("/sign-in", { headers: { "accept-language": "ja" }, maxRedirects: 0 });
  expect(signIn.status()).toBe(200);
  expect(await signIn.text()).toMatch(/<html lang="ja"/);
});

test("the language switcher keeps the page and its query", async ({ page }) => {
  await page.goto(`/en/events/${SLUG}/agenda?tz=Asia%2FTokyo`);
  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page).toHaveURL(new RegExp(`/ja/events/${SLUG}/agenda\\?tz=Asia%2FTokyo$`), { timeout: 30_000 });
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("button", { name: "日本語" })).toHaveAttribute("aria-current", "true");
  // The choice is remembered for unprefixed links too.
  await page.goto(`/events/${SLUG}`);
  await expect(page).toHaveURL(new RegExp(`/ja/events/${SLUG}$`));
});
