import { expect, test } from "@playwright/test";
import pg from "pg";
import { adminUrl, withDatabase } from "../server/testing/admin-url.ts";
import { createWorld, eventsWithSlug, signInAs } from "./fixtures/security-world";

// The database goes away while an organizer fills in a form. Saving must not swap the form
// for an error screen: the form answers "not saved, try again" and still holds what was
// typed; once the database is back, the same click saves. The outage is real for the app:
// its database is closed to connections and its connections are terminated (the server
// itself keeps running, so this spec runs in a project of its own, after all the others).
test.skip(!!process.env.E2E_BASE_URL, "needs the database of the built-in e2e server");
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });

const database = process.env.ACCORD_E2E_DB ?? "";

async function onMaintenanceDb(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(adminUrl(), "postgres") });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const closeDatabase = async () => {
  await onMaintenanceDb(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
  await onMaintenanceDb(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`);
};
const openDatabase = () => onMaintenanceDb(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);

test.afterAll(openDatabase);

test("a form saved while the database is down keeps what was typed, says so, and saves once it is back", async ({ page, request }) => {
  test.slow();
  const world = await createWorld("outage");
  await signInAs(page, world);
  const slug = `${world.tag}-outage`;
  await page.goto("/organizer/events/new");
  await page.getByLabel("Title · English", { exact: true }).fill("Typed during the outage");
  await page.getByLabel("Web address").fill(slug);
  await page.getByLabel("Side A name · English").fill("Side A");
  await page.getByLabel("Side B name · English").fill("Side B");
  await page.getByLabel("First day").fill("2020-07-30");
  await page.getByLabel("Last day").fill("2020-07-30");

  await closeDatabase();
  // The app notices on its next query; from then on pages get the 503 page at once.
  await expect
    .poll(async () => (await request.get(`/events/${world.eventId}`)).headers()["x-accord-shed"], { timeout: 15_000 })
    .toBe("unavailable");

  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The database is not answering" })).toContainText(
    "The database is not answering, so this was not saved. What you entered is still here: try again in a few seconds.",
  );
  await expect(page).toHaveURL(/\/organizer\/events\/new$/);
  await expect(page.getByLabel("Title · English", { exact: true })).toHaveValue("Typed during the outage");
  await expect(page.getByLabel("Web address")).toHaveValue(slug);
  await openDatabase();
  expect(await eventsWithSlug(slug)).toBe(0);

  // The pool monitor's probe finds the database again within a fraction of a second.
  await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 15_000 }).toBe(200);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page).not.toHaveURL(/\/organizer\/events\/new$/, { timeout: 30_000 });
  expect(await eventsWithSlug(slug)).toBe(1);
});
