import { expect, type Page } from "@playwright/test";
import { outcomeFor, pathIn, PAGES, ROLES, SLUG, type PageEntry, type Role } from "./a11y/page-inventory";
import { test } from "./fixtures/auth";

// The Content-Security-Policy (lib/csp.ts, set by proxy.ts with a nonce per request) breaks
// no page: every page of the axe inventory, opened by a role that may see it, reports no
// CSP violation, and Next's scripts ran (the page hydrated). The policy itself is checked
// too: nonce + 'strict-dynamic' for scripts, no 'unsafe-inline', base-uri 'none'.
test.describe.configure({ mode: "parallel" });
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });

const viewer = (entry: PageEntry): Role => ROLES.find((r) => outcomeFor(entry, r) === "page")!;

async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return seen;
}

function checkPolicy(csp: string | undefined) {
  expect(csp).toBeTruthy();
  const scripts = /script-src ([^;]+)/.exec(csp!)?.[1] ?? "";
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9_-]{20,}'/);
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
}

for (const entry of PAGES) {
  const role = viewer(entry);
  test(`no CSP violation: ${entry.path} as ${role}`, async ({ browser, roleState }) => {
    const context = await browser.newContext({ storageState: await roleState(role), locale: "en-US" });
    const page = await context.newPage();
    const consoleViolations = await watchViolations(page);
    const response = await page.goto(pathIn(entry.path, "en"));
    expect(response?.status(), entry.path).toBeLessThan(400);
    checkPolicy(response?.headers()["content-security-policy"]);
    await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => undefined);
    // Next's bootstrap ran: it sets window.next once the app hydrates.
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next), { timeout: 15_000 }).toBe("object");
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect([...violations, ...consoleViolations], entry.path).toEqual([]);
    await context.close();
  });
}

test("cached agenda pages get the nonce of each request, and an injected <base> or script would be refused", async ({ page, request }) => {
  const path = `/en/events/${SLUG}/agenda`;
  await request.get(path); // fill the cache
  const first = await request.get(path);
  const second = await request.get(path);
  const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
  const [a, b] = [nonceOf(first.headers()["content-security-policy"]), nonceOf(second.headers()["content-security-policy"])];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
  const body = await second.text();
  expect(body).toContain(`nonce="${b}"`);
  expect(body).not.toContain(`nonce="${a}"`);
  // HSTS only for HTTPS requests.
  expect(second.headers()["strict-transport-security"]).toBeUndefined();
  expect((await request.get(path, { headers: { "x-forwarded-proto": "https" } })).headers()["strict-transport-security"]).toMatch(
    /max-age=\d+/,
  );

  await watchViolations(page);
  await page.goto(path);
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next), { timeout: 15_000 }).toBe("object");
  // Markup injected the way an XSS would (an inline event handler) does not run.
  await page.evaluate(() =>
    document.body.insertAdjacentHTML("beforeend", '<img src="/no-such-image.png" onerror="window.__injected = true">'),
  );
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.length)).toBeGreaterThan(0);
});

test("the embeddable agenda keeps its own stricter policy", async ({ request }) => {
  const res = await request.get(`/embed/events/${SLUG}/agenda`);
  expect(res.status()).toBe(200);
  const csp = res.headers()["content-security-policy"];
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors *");
  expect(csp).not.toContain("nonce-");
  expect(res.headers()["x-frame-options"]).toBeUndefined();
});
