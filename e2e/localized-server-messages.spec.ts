import type { Page } from "@playwright/test";
import { contextAs, expect, test } from "./fixtures/auth";

// Messages written by the server (validation, conflicts) reach the form in the reader's
// language, not in English.
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });

// Sessions no other spec edits.
const SESSIONS = "/organizer/events/demo-event-dialogue-with-shandong-2020/sessions";

async function switchTo(page: Page, locale: "zh" | "ja") {
  const url = new URL(page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: url.hostname, path: "/" }]);
  await page.reload();
}

test("a session ending before it starts is refused with the reason in Japanese", async ({ browser, roleState }) => {
  const page = await (await contextAs(browser, roleState, "owner")).newPage();
  await page.goto(`${SESSIONS}/demo-session-networking`);
  await switchTo(page, "ja");
  const start = await page.locator('[name="startLocal"]').inputValue();
  const day = start.slice(0, 10);
  await page.locator('[name="endLocal"]').fill(`${day}T00:05`);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText("終了は開始より後にしてください")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("The end must be after the start")).toHaveCount(0);
});

test("the 'changed by someone else' conflict is shown in Chinese", async ({ browser, roleState }) => {
  const first = await (await contextAs(browser, roleState, "owner")).newPage();
  const second = await (await contextAs(browser, roleState, "owner")).newPage();
  const url = `${SESSIONS}/demo-session-city-qingdao`;
  await first.goto(url);
  await second.goto(url);
  await switchTo(second, "zh");

  await first.getByLabel("Title · English", { exact: true }).fill("Lunch (first, English reader)");
  await first.getByRole("button", { name: "Save", exact: true }).click();
  const saveAnyway = first.getByRole("button", { name: "Save anyway" });
  await expect.poll(async () => /\/timetable$/.test(first.url()) || (await saveAnyway.isVisible()), { timeout: 60_000 }).toBe(true);
  if (await saveAnyway.isVisible()) await saveAnyway.click();
  await expect(first).toHaveURL(/\/timetable$/, { timeout: 60_000 });

  await second.getByRole("button", { name: "保存", exact: true }).click();
  await expect(second.getByRole("alert").filter({ hasText: "您打开此记录后，其他人已修改了它" })).toBeVisible({ timeout: 60_000 });
});
