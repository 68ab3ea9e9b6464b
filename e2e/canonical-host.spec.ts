import { expect, test } from "@playwright/test";
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
