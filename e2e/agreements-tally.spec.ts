import { expect, signInAs, test } from "./fixtures/auth";

// The venue screen: a second browser shows the public tally board; an admin records an
// agreement; the board's count rises without a reload (server-sent events).
const SLUG = "dialogue-with-shandong-2020";
const EVENT_ID = "demo-event-dialogue-with-shandong-2020";

test("an agreement recorded by the admin appears on the open tally board without reload", async ({ browser, page }) => {
  test.slow(); // two browsers, a sign-in and a form round trip on a shared CI machine
  // A screen in Tokyo: "updated" reads the screen's own clock, with its offset.
  const screen = await browser.newContext({ timezoneId: "Asia/Tokyo" });
  const board = await screen.newPage();
  await board.goto(`/events/${SLUG}/tally`);
  const count = board.getByTestId("tally-agreements");
  await expect(count).toHaveText(/^\d+$/);
  const before = Number(await count.textContent());
  // Marks the document: a reload would lose it, so its survival proves the update was live.
  await board.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  // Wait until the stream is connected so the update cannot be missed.
  await expect(board.getByTestId("tally-connection")).toHaveAttribute("data-connected", "true", { timeout: 30_000 });

  await signInAs(page, "admin");
  await page.goto(`/organizer/events/${EVENT_ID}/agreements/new`);
  await page.locator('input[name="title.en"]').fill(`E2E cold-chain logistics hub ${Date.now()}`);
  await page.locator('select[name="sector"]').selectOption("logistics");
  await page.locator('select[name="type"]').selectOption("INVESTMENT");
  await page.locator('input[name="value"]').fill("2500000");
  await page.locator('input[name="currency"]').fill("USD");
  await page.locator('select[name="venueId"]').selectOption("demo-venue-tokyo");
  await page.locator('input[name="signedAtLocal"]').fill("2020-07-30T16:45");
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/agreements\?created=1/, { timeout: 30_000 });

  await expect(count).toHaveText(String(before + 1), { timeout: 5_000 });
  await expect(board.getByTestId("tally-connection")).toContainText(/\b\d{2}:\d{2}:\d{2} UTC\+9\b/);
  expect(await board.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  await screen.close();
});
