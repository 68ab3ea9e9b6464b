import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// The README's timetable screenshot (public/screenshots/timetable.png) and the zh, ja and
// 390-px views of the same page to look at (SCREENSHOT_DIR, default /tmp/accord-screenshots). Runs only when asked:
//   SCREENSHOTS=1 npx playwright test e2e/readme-screenshots.spec.ts
test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to refresh the README screenshots");
test.setTimeout(120_000);

const TIMETABLE = "/organizer/events/demo-event-dialogue-with-shandong-2020/timetable";
// Outside test-results/, which the next Playwright run empties.
const OUT = process.env.SCREENSHOT_DIR ?? "/tmp/accord-screenshots";

async function open(page: Page, locale: "en" | "zh" | "ja") {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL! }]);
  await signInAs(page, "owner", TIMETABLE);
  await expect(page.locator('[data-timetable-board="ready"]')).toHaveCount(1, { timeout: 60_000 });
}

test("the timetable grid, for the README and in zh, ja and on a phone", async ({ page }) => {
  mkdirSync(OUT, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 1000 });
  await open(page, "en");
  await expect(page.locator("[data-session-block]").first()).toBeVisible();
  // From the page's title to the end of the grid (08:00–18:00 in Jinan).
  const title = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
  const board = (await page.locator("[data-timetable-board]").boundingBox())!;
  const top = Math.max(0, title.y - 24);
  await page.screenshot({
    path: "public/screenshots/timetable.png",
    fullPage: true,
    clip: { x: 0, y: top, width: 1440, height: Math.min(1700, board.y + board.height + 16 - top) },
  });
  for (const locale of ["zh", "ja"] as const) {
    await open(page, locale);
    await page.screenshot({ path: `${OUT}/timetable-${locale}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  for (const locale of ["en", "ja"] as const) {
    await open(page, locale);
    await page.screenshot({ path: `${OUT}/timetable-phone-${locale}.png`, fullPage: true });
  }
});
