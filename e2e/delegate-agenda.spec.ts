import ICAL from "ical.js";
import { expect as baseExpect, test } from "./fixtures/auth";

// A delegate registers for the Tokyo venue, saves two sessions, downloads the personal
// calendar, then reads the agenda in Japanese and side by side in Chinese | Japanese.
const SLUG = "dialogue-with-shandong-2020";
test.use({ timezoneId: "Europe/Berlin", role: "delegate" });
// Server actions redirect and re-render; allow for a slow (shared, 2-core) machine.
const expect = baseExpect.configure({ timeout: 30_000 });

test("delegate registers for Tokyo, bookmarks, subscribes and reads bilingual", async ({ page }) => {
  await page.goto(`/events/${SLUG}/register`);
  const tokyo = page.getByRole("radio", { name: /Tokyo venue/ });
  if (await tokyo.isVisible()) {
    await tokyo.check();
    await page.getByRole("button", { name: "Register", exact: true }).click();
  }
  await expect(page.getByText(/You are registered|You are already registered/).first()).toBeVisible();

  await page.goto(`/events/${SLUG}/agenda`);
  // The reader's zone is detected in the browser and shown beside each session, without
  // reloading the page (the URL stays as it was, so the cached page serves everyone).
  await expect(page.getByText("Your time (Europe/Berlin)").first()).toBeVisible();
  // The plenary opens at 10:00 in Jinan (02:00 UTC): 04:00 in Berlin's summer time.
  await expect(page.getByText(/^04:00–\d{2}:\d{2} UTC\+2$/).first()).toBeVisible();
  expect(page.url()).not.toContain("tz=");
  for (const title of ["Main seminar", "Signing ceremony"]) {
    const add = page.getByRole("button", { name: new RegExp(`^Add to my agenda\\s*: ${title}`) });
    if (await add.isVisible()) await add.click();
    await expect(page.getByRole("button", { name: new RegExp(`^In my agenda\\s*: ${title}`) })).toBeVisible();
  }

  await page.goto("/me/agenda");
  await expect(page.getByRole("link", { name: /Main seminar/ })).toBeVisible();
  const feedUrl = await page.getByLabel("Private calendar address").inputValue();
  expect(feedUrl).toMatch(/\/api\/calendar\/personal\/[A-Za-z0-9_-]{43}$/);
  const feed = await page.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(2);
  const plenary = events.map((e) => new ICAL.Event(e)).find((e) => e.uid === "demo-session-plenary@accord");
  expect(plenary?.startDate.toJSDate().toISOString()).toBe("2020-07-30T02:00:00.000Z");
  expect((await page.request.get(feedUrl.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).status()).toBe(404);

  await page.goto(`/events/${SLUG}/agenda`);
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "日本語" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "プログラム" })).toBeVisible();
  await page.getByLabel("内容を2言語で並べて表示").selectOption("zh|ja");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/bi=zh%7Cja/);
  const plenaryHeading = page.getByRole("heading", { level: 3 }).filter({ hasText: "主论坛：对话山东" });
  await expect(plenaryHeading).toContainText("全体会議：対話山東");
});
