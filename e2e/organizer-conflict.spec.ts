import { contextAs, expect, test } from "./fixtures/auth";

// Two organizers open the same session; the second save must not overwrite the first.
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });

const EDIT_URL = "/organizer/events/demo-event-dialogue-with-shandong-2020/sessions/demo-session-lunch";

test("the second of two concurrent edits sees 'changed by someone else'", async ({ browser, roleState }) => {
  const first = await (await contextAs(browser, roleState, "owner")).newPage();
  const second = await (await contextAs(browser, roleState, "owner")).newPage();
  await first.goto(EDIT_URL);
  await second.goto(EDIT_URL);

  await first.getByLabel("Title · English", { exact: true }).fill("Lunch (edited by first)");
  await second.getByLabel("Title · English", { exact: true }).fill("Lunch (edited by second)");

  await first.getByRole("button", { name: "Save", exact: true }).click();
  // The seeded day may raise warnings (e.g. a shared venue); accepting them is part of saving.
  const saveAnyway = first.getByRole("button", { name: "Save anyway" });
  await expect.poll(async () => /\/timetable$/.test(first.url()) || (await saveAnyway.isVisible()), { timeout: 60_000 }).toBe(true);
  if (await saveAnyway.isVisible()) await saveAnyway.click();
  await expect(first).toHaveURL(/\/timetable$/, { timeout: 60_000 });

  await second.getByRole("button", { name: "Save", exact: true }).click();
  const alert = second.getByRole("alert").filter({ hasText: "changed by someone else" });
  await expect(alert).toBeVisible({ timeout: 60_000 });
  await expect(alert.getByRole("button", { name: "Reload" })).toBeVisible();
  await expect(second.getByLabel("Title · English", { exact: true })).toHaveValue("Lunch (edited by second)");

  await alert.getByRole("button", { name: "Reload" }).click();
  await expect(second.getByLabel("Title · English", { exact: true })).toHaveValue("Lunch (edited by first)", { timeout: 60_000 });
});
