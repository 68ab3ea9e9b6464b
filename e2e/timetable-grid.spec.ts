import { expect, test, type Locator, type Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { createSession, createVenue, localized } from "../prisma/seed/factories";
import { PrismaClient } from "../server/db/generated/client";
import { adminUrl, withDatabase } from "../server/testing/admin-url";
import { createWorld, signInAs, sql, type World } from "./fixtures/security-world";

// The organizer's timetable grid on an event of its own (Jinan UTC+8 and Tokyo UTC+9): a
// session's height is its duration, parallel sessions sit side by side, rows inside a long
// session are not offered as free; a drag and the keyboard move and resize a session through
// the session form's save (same row, version up), and a stale version hears "changed by
// someone else".
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" }, viewport: { width: 1280, height: 900 } });
test.setTimeout(180_000);

type Grid = { world: World; plenary: string; seminar: string; parallel: string };

async function createGrid(): Promise<Grid> {
  const world = await createWorld("timetable");
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: withDatabase(adminUrl(), process.env.ACCORD_E2E_DB ?? ""), max: 1 }),
  });
  try {
    const jinan = await createVenue(db, world.eventId, { position: 0, name: localized("Jinan hall") });
    const tokyo = await createVenue(db, world.eventId, {
      position: 1,
      name: localized("Tokyo hall"),
      city: localized("Tokyo"),
      country: "JP",
      timeZone: "Asia/Tokyo",
    });
    const at = (hhmm: string) => new Date(`2020-07-30T${hhmm}:00Z`);
    // 10:00–11:00 Jinan, relayed to Tokyo (11:00–12:00 there).
    const plenary = await createSession(
      db,
      { eventId: world.eventId, hostVenueId: jinan.id, relayVenueIds: [tokyo.id] },
      { title: localized("Grid plenary"), startsAt: at("02:00"), endsAt: at("03:00") },
    );
    // 14:00–15:30 and 14:00–15:00 Jinan: a 90-minute session with a parallel one.
    const seminar = await createSession(
      db,
      { eventId: world.eventId, hostVenueId: jinan.id },
      { title: localized("Grid seminar"), startsAt: at("06:00"), endsAt: at("07:30") },
    );
    const parallel = await createSession(
      db,
      { eventId: world.eventId, hostVenueId: jinan.id },
      { title: localized("Parallel talk"), startsAt: at("06:00"), endsAt: at("07:00") },
    );
    return { world, plenary: plenary.id, seminar: seminar.id, parallel: parallel.id };
  } finally {
    await db.$disconnect();
  }
}

const row = async (id: string) =>
  (
    await sql<{ id: string; startsAt: Date; endsAt: Date; version: number }>(
      `SELECT id, "startsAt", "endsAt", version FROM "Session" WHERE id = $1`,
      [id],
    )
  )[0];
const block = (page: Page, venue: string, title: string) =>
  page.locator(`[data-session-block][data-venue="${venue}"]`).filter({ hasText: title });
const box = async (l: Locator) => (await l.boundingBox())!;
const slotHeight = async (page: Page) => (await box(page.locator("[data-slot]").first())).height;

async function openGrid(page: Page, g: Grid) {
  await signInAs(page, g.world);
  await page.goto(`/organizer/events/${g.world.eventId}/timetable`);
  await expect(block(page, "Jinan hall", "Grid plenary")).toBeVisible({ timeout: 60_000 });
  // Drag and keys work once the board has hydrated.
  await expect(page.locator('[data-timetable-board="ready"]')).toHaveCount(1, { timeout: 60_000 });
}

test("durations are heights, parallel sessions sit side by side, a long session's rows are not free", async ({ page }) => {
  const g = await createGrid();
  await openGrid(page, g);
  const slot = await slotHeight(page);
  const seminar = await box(block(page, "Jinan hall", "Grid seminar"));
  const parallel = await box(block(page, "Jinan hall", "Parallel talk"));
  const plenary = await box(block(page, "Jinan hall", "Grid plenary"));
  // 90 minutes are three slots, 60 minutes two (less the blocks' 2-px margins).
  expect(Math.abs(seminar.height - 3 * slot)).toBeLessThan(6);
  expect(Math.abs(parallel.height - 2 * slot)).toBeLessThan(6);
  expect(Math.abs(plenary.height - 2 * slot)).toBeLessThan(6);
  // Side by side: same top, no horizontal overlap.
  expect(Math.abs(seminar.y - parallel.y)).toBeLessThan(2);
  expect(seminar.x + seminar.width <= parallel.x + 1 || parallel.x + parallel.width <= seminar.x + 1).toBe(true);
  // The relayed copy in Tokyo shows Tokyo's time.
  await expect(block(page, "Tokyo hall", "Grid plenary")).toContainText("11:00–12:00 UTC+9");
  // 14:30 and 15:00 lie inside the seminar: not offered; 15:30 is free again; Tokyo is free at 15:30 its time.
  const add = (venue: string, time: string) => page.getByRole("link", { name: `Add a session at ${venue}, ${time}`, exact: true });
  await expect(add("Jinan hall", "14:30 UTC+8")).toHaveCount(0);
  await expect(add("Jinan hall", "15:00 UTC+8")).toHaveCount(0);
  await expect(add("Jinan hall", "15:30 UTC+8")).toHaveCount(1);
  await expect(add("Tokyo hall", "15:30 UTC+9")).toHaveCount(1);
});

test("drag moves a session, the keyboard resizes it, Escape cancels, and a stale version is refused", async ({ page }) => {
  const g = await createGrid();
  await openGrid(page, g);
  const status = page.getByRole("status").filter({ hasText: "Grid plenary" });

  // Drag the Jinan block down by one slot: 10:00–11:00 becomes 10:30–11:30.
  const slot = await slotHeight(page);
  await block(page, "Jinan hall", "Grid plenary").scrollIntoViewIfNeeded();
  const b = await box(block(page, "Jinan hall", "Grid plenary"));
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 5; i += 1) await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 + (slot * i) / 5);
  await page.mouse.up();
  await expect(status).toContainText("Saved: Grid plenary, 10:30–11:30 UTC+8", { timeout: 30_000 });
  await expect.poll(async () => (await row(g.plenary)).version).toBe(2);
  let r = await row(g.plenary);
  expect([r.id, r.startsAt.toISOString(), r.endsAt.toISOString()]).toEqual([
    g.plenary,
    "2020-07-30T02:30:00.000Z",
    "2020-07-30T03:30:00.000Z",
  ]);
  await expect(block(page, "Tokyo hall", "Grid plenary")).toContainText("11:30–12:30 UTC+9");
  expect(Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "Session" WHERE "eventId" = $1`, [g.world.eventId]))[0].n)).toBe(3);

  // Keyboard: Shift+ArrowDown lengthens by 30 minutes, Enter saves.
  const handle = block(page, "Jinan hall", "Grid plenary").getByRole("button", { name: "Move or resize Grid plenary (Jinan hall)" });
  // A move starts once the last save, and the refresh it brings, is done: the grid says so with
  // aria-busy (a key pressed while it is busy is answered "Still saving", not lost).
  const idle = page.locator('[data-timetable-board="ready"] [aria-busy="false"]');
  const startMove = async (key: string, expected: string) => {
    await expect(idle).toHaveCount(1, { timeout: 30_000 });
    await page.keyboard.press(key);
    await expect(status).toContainText(expected);
  };
  await handle.focus();
  await startMove("Shift+ArrowDown", "Moving Grid plenary: 10:30–12:00 UTC+8 at Jinan hall");
  await page.keyboard.press("Enter");
  await expect(status).toContainText("Saved: Grid plenary, 10:30–12:00 UTC+8", { timeout: 30_000 });
  await expect.poll(async () => (await row(g.plenary)).version).toBe(3);
  r = await row(g.plenary);
  expect([r.startsAt.toISOString(), r.endsAt.toISOString()]).toEqual(["2020-07-30T02:30:00.000Z", "2020-07-30T04:00:00.000Z"]);

  // The refresh after the save kept the focus on the block's move button.
  await expect(idle).toHaveCount(1, { timeout: 30_000 });
  await expect(handle).toBeFocused();
  // Escape puts it back and saves nothing.
  await startMove("ArrowDown", "Moving Grid plenary: 11:00–12:30 UTC+8");
  await page.keyboard.press("Escape");
  await expect(status).toContainText("Cancelled: Grid plenary is still at 10:30–12:00 UTC+8");
  await expect(block(page, "Jinan hall", "Grid plenary")).toContainText("10:30–12:00 UTC+8");
  expect((await row(g.plenary)).version).toBe(3);

  // Someone else saves the session meanwhile: this page's version is stale.
  await sql(`UPDATE "Session" SET version = version + 1 WHERE id = $1`, [g.plenary]);
  await handle.focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  const alert = page.getByRole("alert").filter({ hasText: "changed by someone else" });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert.getByRole("button", { name: "Reload" })).toBeVisible();
  r = await row(g.plenary);
  expect([r.startsAt.toISOString(), r.version]).toEqual(["2020-07-30T02:30:00.000Z", 4]);
  await expect(block(page, "Jinan hall", "Grid plenary")).toContainText("10:30–12:00 UTC+8");
});

test("a move onto a busy venue shows the form's warnings; Move anyway saves", async ({ page }) => {
  const g = await createGrid();
  await openGrid(page, g);
  // The plenary (10:00–11:00) down by eight slots lands on the seminar at 14:00.
  const handle = block(page, "Jinan hall", "Grid plenary").getByRole("button", { name: /^Move or resize Grid plenary/ });
  await handle.focus();
  for (let i = 0; i < 8; i += 1) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  const alert = page.getByRole("alert").filter({ hasText: "Grid seminar" });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  expect((await row(g.plenary)).version).toBe(1);
  await alert.getByRole("button", { name: "Move anyway" }).click();
  await expect.poll(async () => (await row(g.plenary)).version, { timeout: 30_000 }).toBe(2);
  expect((await row(g.plenary)).startsAt.toISOString()).toBe("2020-07-30T06:00:00.000Z");
});
