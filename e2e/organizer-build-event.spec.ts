import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/auth";

// An organizer builds a three-venue, two-zone event from nothing and sees one relayed
// session in every venue's column, in each venue's local time.
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" }, role: "owner" });

async function addVenue(page: Page, name: string, city: string, zone: string) {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add a venue" }) });
  await form.getByLabel("Name · English").fill(name);
  await form.getByLabel("City · English").fill(city);
  await form.getByLabel("Time zone").fill(zone);
  await form.getByLabel("Capacity").fill("100");
  await form.getByRole("button", { name: "Add a venue" }).click();
  await expect(page.locator("summary").filter({ hasText: name })).toBeVisible({ timeout: 30_000 });
}

test("organizer builds a Jinan–Tokyo–Osaka event with a relayed session", async ({ page }) => {
  await page.goto("/organizer");

  await page.getByRole("link", { name: "New event" }).click();
  await expect(page).toHaveURL(/\/organizer\/events\/new$/);
  await page.getByLabel("Title · English", { exact: true }).fill("Japan–Shandong Cooperation Seminar (e2e)");
  await page.getByLabel("Web address").fill(`e2e-seminar-${Date.now().toString(36)}`);
  await page.getByLabel("Side A name · English").fill("Shandong side");
  await page.getByLabel("Side B name · English").fill("Japan side");
  await page.getByLabel("Primary time zone").fill("Asia/Shanghai");
  await page.getByLabel("First day").fill("2020-07-30");
  await page.getByLabel("Last day").fill("2020-07-30");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/organizer\/events\/(?!new$)[^/]+$/, { timeout: 60_000 });
  const eventUrl = page.url();

  await page.goto(`${eventUrl}/venues`);
  await addVenue(page, "Jinan hall", "Jinan", "Asia/Shanghai");
  await addVenue(page, "Tokyo hall", "Tokyo", "Asia/Tokyo");
  await addVenue(page, "Osaka hall", "Osaka", "Asia/Tokyo");

  await page.goto(`${eventUrl}/sessions/new`);
  await page.getByLabel("Title · English", { exact: true }).fill("Opening plenary");
  await page.getByLabel("Host venue", { exact: true }).selectOption({ label: "Jinan hall (Asia/Shanghai)" });
  await page.getByLabel("Starts (host venue's local time)").fill("2020-07-30T10:00");
  await page.getByLabel("Ends (host venue's local time)").fill("2020-07-30T11:00");
  await page.getByLabel("Tokyo hall (Asia/Tokyo)").check();
  await page.getByLabel("Osaka hall (Asia/Tokyo)").check();
  await page.getByRole("button", { name: "Add a session" }).click();

  await expect(page).toHaveURL(/\/timetable$/, { timeout: 60_000 });
  const block = (venue: string) => page.locator(`[data-session-block][data-venue="${venue}"]`).filter({ hasText: "Opening plenary" });
  await expect(block("Jinan hall")).toContainText("10:00–11:00 UTC+8");
  await expect(block("Tokyo hall")).toContainText("11:00–12:00 UTC+9");
  await expect(block("Osaka hall")).toContainText("11:00–12:00 UTC+9");
  await expect(block("Tokyo hall")).toContainText("Relayed");
  await expect(page.locator('[data-venue-head="Tokyo hall"]')).toContainText("Asia/Tokyo · UTC+9");
});
