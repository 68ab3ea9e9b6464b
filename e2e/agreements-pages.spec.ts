import { expect, test } from "@playwright/test";
import { axeViolations } from "./a11y/axe-check";
import { createWorld, signInAs, sql, type World } from "./fixtures/security-world";

// The agreements list reads 50 rows a page (issue 17: 2,000 rows on one page took seconds).
// An event of its own with 120 agreements: the pages keep the sort and the filters, the last
// page has the rest, and the pager passes axe in English, Chinese and Japanese.
test.setTimeout(120_000);

let world: World;
test.beforeAll(async () => {
  world = await createWorld("agreement-pages");
  await sql(
    `INSERT INTO "Agreement" (id, "eventId", title, sector, type, "updatedAt")
     SELECT $1 || '-a' || i, $1, jsonb_build_object('en', 'Paged row ' || lpad(i::text, 3, '0')), 'logistics',
            (CASE WHEN i % 2 = 1 THEN 'MOU' ELSE 'CONTRACT' END)::"AgreementType", now()
     FROM generate_series(0, 119) AS i`,
    [world.eventId],
  );
});

test("pages of 50 rows keep the sort and the filters", async ({ page }) => {
  await signInAs(page, world);
  const list = `/organizer/events/${world.eventId}/agreements`;
  await page.goto(`${list}?sort=title_asc`);
  const rows = page.locator("tbody tr");
  const pager = page.getByRole("navigation", { name: "Pages" });
  await expect(page.getByText("120 agreements")).toBeVisible();
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText("Paged row 000");
  await expect(pager).toContainText("Page 1 of 3");
  await expect(pager.getByRole("link", { name: "Previous page" })).toHaveCount(0);

  await pager.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  expect(new URL(page.url()).searchParams.get("sort")).toBe("title_asc");
  await expect(rows.first()).toContainText("Paged row 050");
  await pager.getByRole("link", { name: "Next page" }).click();
  await expect(rows).toHaveCount(20);
  await expect(rows.last()).toContainText("Paged row 119");
  await expect(pager.getByRole("link", { name: "Next page" })).toHaveCount(0);

  await page.goto(`${list}?type=MOU&sort=title_asc`);
  await expect(page.getByText("60 agreements")).toBeVisible();
  await pager.getByRole("link", { name: "Next page" }).click();
  await expect(rows).toHaveCount(10);
  expect(new URL(page.url()).searchParams.get("type")).toBe("MOU");
  await expect(rows.first()).toContainText("Paged row 101");
});

for (const [locale, pageOf] of [
  ["en", "Page 2 of 3"],
  ["zh", "第 2 页，共 3 页"],
  ["ja", "3 ページ中 2 ページ目"],
] as const) {
  test(`${locale}: the pager is translated and passes axe`, async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await signInAs(page, world);
    await page.goto(`/organizer/events/${world.eventId}/agreements?page=2`);
    await expect(page.getByText(pageOf)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
