import { expect, test, type Locator, type Page } from "@playwright/test";
import { AGREEMENT_CSV_COLUMNS } from "../lib/agreements/csv-columns.ts";
import { sql } from "./fixtures/security-world";
import { signInAs } from "./fixtures/auth";

const signInAsOrganizer = (page: Page, path: string) => signInAs(page, "owner", path);

// Every organizer form's edit round trip, checked in the database: open an existing record,
// change one field, save — the same row changed, its version went up by one, and the table
// has as many rows as before (an edit that creates a second record fails here). Then the CSV
// import's check-then-confirm, through to the database.
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });
test.setTimeout(180_000); // sign-in (Argon2) and saves are slow on a shared two-core machine

const EVENT = "demo-event-dialogue-with-shandong-2020";
const BASE = `/organizer/events/${EVENT}`;

type Target = { table: string; id: string; column: string; path?: string };

async function row(t: Target): Promise<{ version: number; value: unknown; count: number }> {
  const [r] = await sql<{ version: number; value: unknown }>(
    `SELECT version, "${t.column}"${t.path ? `->>'${t.path}'` : ""} AS value FROM "${t.table}" WHERE id = $1`,
    [t.id],
  );
  const [c] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "${t.table}"`);
  return { ...r, count: Number(c.n) };
}

/** The form that edits `field` of record `id` (its hidden id field), opened if it sits in a closed <details>. */
async function editForm(page: Page, idField: string, id: string, field: string): Promise<Locator> {
  const form = page
    .locator("form")
    .filter({ has: page.locator(`input[type="hidden"][name="${idField}"][value="${id}"]`) })
    .filter({ has: page.locator(`[name="${field}"]`) });
  await expect(form).toHaveCount(1, { timeout: 30_000 });
  await form.evaluate((f) => f.closest("details")?.setAttribute("open", ""));
  return form;
}

async function save(page: Page, form: Locator) {
  await form.getByRole("button", { name: "Save", exact: true }).click();
  // Session saves may first list warnings (a shared venue, dates): saving anyway is part of it.
  const anyway = page.getByRole("button", { name: "Save anyway" });
  await anyway.click({ timeout: 5_000 }).catch(() => undefined);
}

async function roundTrip(
  page: Page,
  url: string,
  idField: string,
  target: Target,
  field: string,
  value: string | ((old: unknown) => string),
) {
  const before = await row(target);
  await signInAsOrganizer(page, url);
  const form = await editForm(page, idField, target.id, field);
  const next = typeof value === "function" ? value(before.value) : value;
  await form.locator(`[name="${field}"]`).fill(next);
  await save(page, form);
  await expect.poll(async () => (await row(target)).version, { timeout: 60_000 }).toBe(before.version + 1);
  const after = await row(target);
  expect(String(after.value)).toBe(next);
  expect(after.count).toBe(before.count);
}

const stamp = () => Date.now().toString(36);

test("event: edit the description", async ({ page }) => {
  await roundTrip(
    page,
    BASE,
    "eventId",
    { table: "Event", id: EVENT, column: "description", path: "en" },
    "description.en",
    `Edited description ${stamp()}`,
  );
});

test("venue: edit the capacity", async ({ page }) => {
  await roundTrip(page, `${BASE}/venues`, "venueId", { table: "Venue", id: "demo-venue-osaka", column: "capacity" }, "capacity", (old) =>
    String(Number(old ?? 100) + 1),
  );
});

test("session: edit the abstract", async ({ page }) => {
  // Not the lunch session organizer-conflict.spec edits at the same time.
  const [{ id }] = await sql<{ id: string }>(
    `SELECT id FROM "Session" WHERE "eventId" = $1 AND id <> 'demo-session-lunch' ORDER BY "startsAt" DESC LIMIT 1`,
    [EVENT],
  );
  await roundTrip(
    page,
    `${BASE}/sessions/${id}`,
    "sessionId",
    { table: "Session", id, column: "abstract", path: "en" },
    "abstract.en",
    `Edited abstract ${stamp()}`,
  );
});

test("person: edit the organization", async ({ page }) => {
  const [p] = await sql<{ id: string }>(
    `SELECT p.id FROM "Person" p JOIN "EventParticipant" e ON e."personId" = p.id WHERE e."eventId" = $1 ORDER BY p.id LIMIT 1`,
    [EVENT],
  );
  await roundTrip(
    page,
    "/organizer/people",
    "personId",
    { table: "Person", id: p.id, column: "affiliation", path: "en" },
    "affiliation.en",
    `Edited organization ${stamp()}`,
  );
});

test("video message: edit the notes (the same message, not a second one)", async ({ page }) => {
  await roundTrip(
    page,
    `${BASE}/video-messages/demo-video-02`,
    "videoMessageId",
    { table: "VideoMessage", id: "demo-video-02", column: "notes" },
    "notes",
    `Edited notes ${stamp()}`,
  );
});

test("agreement: edit the English title", async ({ page }) => {
  const [a] = await sql<{ id: string }>(
    `SELECT id FROM "Agreement" WHERE "eventId" = $1 AND status <> 'CANCELLED' ORDER BY id DESC LIMIT 1`,
    [EVENT],
  );
  await roundTrip(
    page,
    `${BASE}/agreements/${a.id}`,
    "id",
    { table: "Agreement", id: a.id, column: "title", path: "en" },
    "title.en",
    `Edited agreement ${stamp()}`,
  );
});

test("outcome: edit the description", async ({ page }) => {
  await roundTrip(
    page,
    `${BASE}/outcomes`,
    "id",
    { table: "Outcome", id: "demo-outcome-02", column: "description", path: "en" },
    "description.en",
    `Edited outcome ${stamp()}`,
  );
});

test("CSV import: check, then import exactly the checked rows (the file is not chosen again)", async ({ page }) => {
  const tag = stamp();
  const cells = (title: string) =>
    AGREEMENT_CSV_COLUMNS.map(
      (c) => ({ title_en: title, sector: "logistics", type: "MOU", parties_a_names: `E2E port ${tag}` })[c as string] ?? "",
    ).join(",");
  const csv = [AGREEMENT_CSV_COLUMNS.join(","), cells(`E2E import one ${tag}`), cells(`E2E import two ${tag}`)].join("\n");
  const count = async () => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "Agreement" WHERE "eventId" = $1`, [EVENT]))[0].n);
  const before = await count();

  await signInAsOrganizer(page, `${BASE}/agreements/import`);
  await page.getByLabel("CSV file").setInputFiles({ name: "agreements.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check file" }).click();
  const confirm = page.getByRole("button", { name: "Import 2 agreements" });
  await expect(confirm).toBeEnabled({ timeout: 60_000 });
  expect(await count()).toBe(before); // the check writes no agreement
  await confirm.click();
  await expect(page.getByText("2 agreements imported.")).toBeVisible({ timeout: 60_000 });
  await expect.poll(count, { timeout: 60_000 }).toBe(before + 2);
  const titles = await sql<{ t: string }>(
    `SELECT title->>'en' AS t FROM "Agreement" WHERE "eventId" = $1 AND title->>'en' LIKE $2 ORDER BY 1`,
    [EVENT, `E2E import % ${tag}`],
  );
  expect(titles.map((r) => r.t)).toEqual([`E2E import one ${tag}`, `E2E import two ${tag}`]);
});
