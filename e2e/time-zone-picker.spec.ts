import { expect, test } from "./fixtures/auth";
import { sql } from "./fixtures/security-world";

// The time-zone picker finds zones by city or country in any of the three languages and posts
// the IANA name; the new-event form suggests the web address from the title and marks its
// required fields.
const SLUG = "dialogue-with-shandong-2020";
test.setTimeout(180_000);

test.describe("reader's time-zone filter", () => {
  test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });

  test("typing 東京 offers Tokyo, Japan with its offset; Enter picks it and the agenda shows Tokyo time", async ({ page }) => {
    await page.goto(`/events/${SLUG}/agenda`);
    const box = page.getByRole("combobox", { name: "Your time zone" });
    await box.fill("東京");
    const option = page.getByRole("option", { name: /Tokyo, Japan \(UTC\+9\)/ });
    await expect(option).toBeVisible();
    await box.press("Enter");
    await expect(box).toHaveValue("Tokyo, Japan (UTC+9)");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/tz=Asia%2FTokyo/);
  });

  for (const query of ["济南", "Jinan", "Japan", "日本"]) {
    test(`typing ${query} finds its zone`, async ({ page }) => {
      await page.goto(`/events/${SLUG}/agenda`);
      await page.getByRole("combobox", { name: "Your time zone" }).fill(query);
      const expected = /济南|Jinan/.test(query) ? /Shanghai, China/ : /Tokyo, Japan/;
      await expect(page.getByRole("listbox").getByRole("option", { name: expected })).toBeVisible();
    });
  }
});

test.describe("new event form", () => {
  test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" }, role: "owner" });

  test("suggests the web address from the title, marks required fields, and saves the zone picked by country", async ({ page }) => {
    const stamp = Date.now().toString(36);
    await page.goto("/organizer/events/new");
    await page.getByLabel("Title · English", { exact: true }).fill(`Picker Seminar ${stamp}`);
    const slug = page.getByLabel("Web address");
    await expect(slug).toHaveValue(`picker-seminar-${stamp}`);
    await expect(slug).toHaveAttribute("aria-required", "true");
    await expect(page.getByRole("combobox", { name: "Primary time zone" })).toHaveAttribute("aria-required", "true");
    await expect(page.locator("label", { hasText: "Web address" })).toContainText("*");

    await page.getByLabel("Side A name · English").fill("Shandong side");
    await page.getByLabel("Side B name · English").fill("Japan side");
    const zone = page.getByRole("combobox", { name: "Primary time zone" });
    await zone.fill("日本");
    await page.getByRole("option", { name: /Tokyo, Japan/ }).click();
    await page.getByLabel("First day").fill("2026-07-30");
    await page.getByLabel("Last day").fill("2026-07-30");
    await page.getByRole("button", { name: "Create" }).click();
    await expect
      .poll(
        async () =>
          (await sql<{ tz: string }>(`SELECT "primaryTimeZone" AS tz FROM "Event" WHERE slug = $1`, [`picker-seminar-${stamp}`]))[0]?.tz,
        { timeout: 60_000 },
      )
      .toBe("Asia/Tokyo");
  });
});
