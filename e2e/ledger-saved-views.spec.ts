import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/auth";
import { sql } from "./fixtures/security-world";

// Issue 19: the owner names the ledger's current filters as a view, opens it from a bare
// ledger, renames it (same row, version up), is refused a blank name, and deletes it.
test.use({ role: "owner", locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });
test.setTimeout(120_000);

const viewRow = async (name: string) =>
  (await sql<{ id: string; query: string; version: number }>(`SELECT id, query, version FROM "LedgerView" WHERE name = $1`, [name]))[0];

/** Opens a view's "Rename or delete" disclosure unless it is open already (it stays open across a save). */
async function manage(page: Page, name: string) {
  const details = page.locator("details", { hasText: `Rename or delete “${name}”` });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
}

test("save, open, rename and delete a saved view of the ledger", async ({ page }) => {
  const name = `Medical projects ${Date.now()}`;
  await page.goto("/organizer/ledger?sector=medical-health&sort=sector_asc");
  const count = await page
    .getByRole("status")
    .filter({ hasText: /agreements?$/ })
    .innerText();
  const save = page.getByRole("form", { name: "Save the current filters as a view" });
  await save.getByLabel("Name of the view").fill(name);
  await save.getByRole("button", { name: "Save view" }).click();
  await expect(save.getByText("View saved.")).toBeVisible({ timeout: 30_000 });
  const created = await viewRow(name);
  expect(created).toMatchObject({ query: "?sector=medical-health&sort=sector_asc", version: 1 });
  const views = page.locator("[data-saved-views]");
  await expect(views.getByRole("link", { name })).toHaveAttribute("aria-current", "true");

  // Open it from the unfiltered ledger.
  await page.goto("/organizer/ledger");
  await page.locator("[data-saved-views]").getByRole("link", { name }).click();
  await expect(page).toHaveURL(/sector=medical-health/);
  await expect(page.getByRole("status").filter({ hasText: /agreements?$/ })).toHaveText(count);

  // Rename: the same row, version 2.
  const renamed = `${name} (renamed)`;
  await manage(page, name);
  const rename = page.getByRole("form", { name: `Rename the view ${name}` });
  await rename.getByLabel("Name of the view").fill(renamed);
  await rename.getByRole("button", { name: "Rename" }).click();
  await expect(page.locator("[data-saved-views]").getByRole("link", { name: renamed })).toBeVisible({ timeout: 30_000 });
  expect(await viewRow(renamed)).toMatchObject({ id: created.id, version: 2, query: created.query });
  expect(Number((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "LedgerView" WHERE id = $1`, [created.id]))[0].n)).toBe(1);

  // A blank name is refused on the field; nothing changes.
  await manage(page, renamed);
  const again = page.getByRole("form", { name: `Rename the view ${renamed}` });
  await again.getByLabel("Name of the view").fill("   ");
  await again.getByRole("button", { name: "Rename" }).click();
  await expect(again.getByText("Give the view a name")).toBeVisible({ timeout: 30_000 });
  expect((await viewRow(renamed)).version).toBe(2);

  // Delete it (the browser asks first).
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: `Delete the view “${renamed}”` }).click();
  await expect(page.locator("[data-saved-views]").getByRole("link", { name: renamed })).toHaveCount(0, { timeout: 30_000 });
  expect(await viewRow(renamed)).toBeUndefined();
});
