import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { adminUrl, withDatabase } from "../server/testing/admin-url";
import { sql } from "./fixtures/security-world";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users";

const ORGANIZER = { email: DEMO_USERS.owner.email, password: DEMO_PASSWORD };

// The e2e server's public address (NEXTAUTH_URL) is http://127.0.0.1:<port>. Reached as
// localhost, a page goes once to the same path there, so the session cookie and every save
// work — never the redirect loop through /sign-in of issue 13.
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });
test.setTimeout(180_000); // sign-in (Argon2) and saves are slow on a shared two-core machine

test("a page on the other host name is sent once to the public address, where sign-in and saving work", async ({
  page,
  baseURL,
  request,
}) => {
  const other = baseURL!.replace("127.0.0.1", "localhost");
  expect(other).not.toBe(baseURL);

  // One redirect, to the same path (minus an RSC marker) on the public address.
  const rsc = await request.get(`${other}/organizer/people?_rsc=abc&x=1`, { maxRedirects: 0 });
  expect(rsc.status()).toBe(308);
  expect(rsc.headers().location).toBe(`${baseURL}/organizer/people?x=1`);
  const canonical = await request.get(`${baseURL}/en/events/dialogue-with-shandong-2020`, { maxRedirects: 0 });
  expect(canonical.status()).toBe(200);

  const redirects: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 300 && r.status() < 400) redirects.push(r.url());
  });
  await page.goto(`${other}/sign-in?callbackUrl=${encodeURIComponent("/organizer/people")}`);
  await expect(page).toHaveURL(`${baseURL}/sign-in?callbackUrl=${encodeURIComponent("/organizer/people")}`);
  await page.getByLabel("Email").fill(ORGANIZER.email);
  await page.getByLabel("Password").fill(ORGANIZER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/organizer/people`, { timeout: 60_000 });

  // Opening the other host again while signed in lands on the page, signed in, after one hop.
  redirects.length = 0;
  await page.goto(`${other}/organizer/people`);
  await expect(page).toHaveURL(`${baseURL}/organizer/people`);
  expect(redirects.filter((u) => u.startsWith(other))).toHaveLength(1);

  // A save there changes the record (no bounce through /sign-in).
  const [p] = await sql<{ id: string; version: number }>(
    `SELECT id, version FROM "Person" WHERE id LIKE 'demo-person-%' ORDER BY id DESC LIMIT 1`,
  );
  const form = page.locator("form").filter({ has: page.locator(`input[type="hidden"][name="personId"][value="${p.id}"]`) });
  await form.evaluate((f) => f.closest("details")?.setAttribute("open", ""));
  await form.locator('[name="title.en"]').fill(`Edited on the public address ${Date.now().toString(36)}`);
  await form.getByRole("button", { name: "Save", exact: true }).click();
  await expect
    .poll(async () => (await sql<{ version: number }>(`SELECT version FROM "Person" WHERE id = $1`, [p.id]))[0].version, {
      timeout: 60_000,
    })
    .toBe(p.version + 1);
  expect(page.url()).not.toContain("/sign-in");
});

// `npm start`'s default public address is http://localhost:3000, which is also Next's own
// name for itself: a redirect there returned by proxy.ts was made relative by Next, and a page
// opened as 127.0.0.1 redirected to itself in a loop. A second server of the same build with
// that kind of address, on the e2e database.
test("with the public address on localhost (npm start's default), a page opened as 127.0.0.1 goes once to localhost", async ({
  page,
  request,
}) => {
  test.skip(!!process.env.E2E_BASE_URL, "starts its own server");
  const port = Number(process.env.E2E_PORT ?? 3210) + 120;
  const publicAddress = `http://localhost:${port}`;
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: withDatabase(adminUrl(), process.env.ACCORD_E2E_DB ?? ""),
      DATABASE_POOL_MAX: "2",
      NEXTAUTH_URL: publicAddress,
      NEXTAUTH_SECRET: "canonical-host-secret-canonical-host-secret-0123",
      NEXT_TELEMETRY_DISABLED: "1",
      ACCORD_MAIL_WORKER: "off",
    },
  });
  try {
    await expect
      .poll(
        () =>
          fetch(`${publicAddress}/api/health`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 120_000, intervals: [500] },
      )
      .toBe(200);
    const path = "/en/events/dialogue-with-shandong-2020?tz=Asia%2FTokyo";
    for (const other of [`http://127.0.0.1:${port}`, `http://[::1]:${port}`]) {
      const first = await request.get(`${other}${path}`, { maxRedirects: 0 });
      expect(first.status(), other).toBe(308);
      expect(first.headers().location, other).toBe(`${publicAddress}${path}`);
    }
    const redirects: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 300 && r.status() < 400) redirects.push(r.url());
    });
    await page.goto(`http://127.0.0.1:${port}${path}`);
    await expect(page).toHaveURL(`${publicAddress}${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(redirects).toEqual([`http://127.0.0.1:${port}${path}`]);

    // The route that answers the redirect leads only to the public address.
    expect((await request.get(`${publicAddress}/api/canonical-host`, { maxRedirects: 0 })).status()).toBe(404);
    for (const to of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
      const direct = await request.get(`${publicAddress}/api/canonical-host`, {
        maxRedirects: 0,
        headers: { "x-accord-canonical-path": to },
      });
      expect(direct.status(), to).toBe(404);
    }
  } finally {
    await new Promise((done) => (child.exitCode !== null ? done(null) : (child.once("exit", done), child.kill("SIGTERM"))));
  }
});
