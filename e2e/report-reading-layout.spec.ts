import { expect, test } from "@playwright/test";
import { createWorld, signInAs, type World } from "./fixtures/security-world";

// The closing report sits in its own layout (app/(reading)/organizer) without the workspace's
// translation catalogue (issue 18). A reader who goes on from it inside the app, by client-side
// navigation, must still get workspace forms that translate in the browser.
let world: World;
test.beforeAll(async () => {
  world = await createWorld("report-reading");
});

test("the closing report ships no translation catalogue, and forms reached from it still translate", async ({ page }) => {
  await signInAs(page, world);
  const report = `/organizer/events/${world.eventId}/report`;
  const html = await (await page.request.get(report)).text();
  expect(html).toContain("Closing report");
  // A key only the catalogue holds (the workspace's zone picker), never on the report.
  expect(html).not.toContain("zonePicker");
  expect(await (await page.request.get(`/organizer/events/${world.eventId}/agreements`)).text()).toContain("zonePicker");

  await page.goto(report);
  await expect(page.getByRole("heading", { level: 1, name: "Closing report" })).toBeVisible();
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await page.getByRole("navigation", { name: "Event sections" }).getByRole("link", { name: "Agreements" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Signed agreements" })).toBeVisible();
  await page.getByRole("link", { name: "Record an agreement" }).click();
  // The agreement form is a client component that reads its labels with useTranslations.
  await expect(page.getByLabel("Sector")).toBeVisible();
  await expect(page.getByLabel("Type")).toBeVisible();
  // Both steps were client-side navigations: the same document all along.
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
});
