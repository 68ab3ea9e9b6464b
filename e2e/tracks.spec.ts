import { expect, test } from "./fixtures/auth";
import { sql } from "./fixtures/security-world";

// Tracks are records with a name in each language and a colour: the organizer adds one and
// edits it on the event's Tracks page (the same row changes, version up, no new row); the
// session form picks tracks from the list; the public agenda shows names, not slugs.
const EVENT = "demo-event-dialogue-with-shandong-2020";
const SLUG = "dialogue-with-shandong-2020";
test.setTimeout(180_000);

test.describe("organizer", () => {
  test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" }, role: "owner" });

  test("adds a track, then renames and recolours the same track", async ({ page }) => {
    const name = `Green energy ${Date.now().toString(36)}`;
    await page.goto(`/organizer/events/${EVENT}/tracks`);
    const add = page.locator("form").filter({ has: page.getByRole("button", { name: "Add a track" }) });
    await add.getByLabel("Name · English").fill(name);
    await add.getByLabel("Name · 中文").fill("绿色能源");
    await add.getByLabel("Name · 日本語").fill("グリーンエネルギー");
    await add.getByLabel("Teal").check();
    await add.getByRole("button", { name: "Add a track" }).click();
    await expect(page.locator("summary").filter({ hasText: name })).toBeVisible({ timeout: 30_000 });

    const [created] = await sql<{ id: string; color: string; version: number }>(
      `SELECT id, color, version FROM "Track" WHERE "eventId" = $1 AND name->>'en' = $2`,
      [EVENT, name],
    );
    expect(created).toMatchObject({ color: "teal", version: 1 });
    const [{ n: countBefore }] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "Track"`);

    const edit = page.locator("form").filter({ has: page.locator(`input[type="hidden"][name="trackId"][value="${created.id}"]`) });
    await page.locator("summary").filter({ hasText: name }).click();
    await edit.getByLabel("Name · English").fill(`${name} (renamed)`);
    await edit.getByLabel("Rose").check();
    await edit.getByRole("button", { name: "Save", exact: true }).click();
    await expect(edit.getByText("Saved.")).toBeVisible({ timeout: 30_000 });

    const [after] = await sql<{ name: string; color: string; version: number }>(
      `SELECT name->>'en' AS name, color, version FROM "Track" WHERE id = $1`,
      [created.id],
    );
    expect(after).toEqual({ name: `${name} (renamed)`, color: "rose", version: 2 });
    const [{ n: countAfter }] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "Track"`);
    expect(countAfter).toBe(countBefore);
  });

  test("the session form offers the event's tracks by name, with the session's own chosen", async ({ page }) => {
    await page.goto(`/organizer/events/${EVENT}/sessions/demo-session-city-jinan`);
    const select = page.getByLabel("Track", { exact: true });
    await expect(select.locator("option:checked")).toHaveText("City of Jinan");
    await expect(select.locator("option")).toContainText(["No track", "Main stage", "Medical and health"]);
  });
});

for (const [lang, chip] of [
  ["en", "City of Jinan"],
  ["zh", "济南市专场"],
  ["ja", "済南市セミナー"],
] as const) {
  test.describe(`public agenda (${lang})`, () => {
    test(`shows the track "${chip}" in chips and the filter, and filters by it`, async ({ page }) => {
      await page.context().addCookies([{ name: "NEXT_LOCALE", value: lang, url: test.info().project.use.baseURL! }]);
      await page.goto(`/events/${SLUG}/agenda`);
      const main = page.locator("main");
      await expect(main.locator("article").getByText(chip, { exact: true })).toBeVisible();
      await expect(main.getByText("city-jinan", { exact: true })).toHaveCount(0);
      await page.locator("#f-track").selectOption({ label: chip });
      await page.locator("#f-track").evaluate((el) => (el as HTMLSelectElement).form?.requestSubmit());
      await expect(page).toHaveURL(/track=demo-track-jinan/);
      await expect(main.locator("article")).toHaveCount(1);
    });
  });
}
