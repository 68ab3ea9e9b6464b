import { expect, test, type Page } from "@playwright/test";
import { sql } from "./fixtures/security-world";
import { signInAs } from "./fixtures/auth";

// The follow-up of one demo agreement, driven as the owner would and checked in the
// database: a milestone added then edited (same row, version up), funds in one currency,
// and the closing report's "construction started" figure moving by one.
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });
test.setTimeout(180_000);

const EVENT = "demo-event-dialogue-with-shandong-2020";
const AGREEMENT = "demo-agreement-07";
const PAGE = `/organizer/events/${EVENT}/agreements/${AGREEMENT}`;
const REPORT = `/organizer/events/${EVENT}/report?lang=en`;

async function constructionStarted(page: Page): Promise<string> {
  await page.goto(REPORT);
  return (await page.locator('[data-rate="constructionStarted"] [data-rate-value]').innerText()).trim();
}

test("owner adds and edits a milestone and funds; the report's rate moves", async ({ page }) => {
  await signInAs(page, "owner", REPORT);
  const before = await constructionStarted(page);
  const [startedBefore, total] = before.split(" ")[0].split("/").map(Number);

  await page.goto(PAGE);
  const add = page.getByRole("form", { name: "Add milestone" });
  await add.getByLabel("Milestone").selectOption("construction_started");
  await add.getByLabel("Due on").fill("2021-06-30");
  await add.getByLabel("Note").fill("Groundbreaking planned");
  await add.getByRole("button", { name: "Add milestone" }).click();
  await expect
    .poll(async () => (await sql(`SELECT count(*)::int AS n FROM "AgreementMilestone" WHERE "agreementId" = $1`, [AGREEMENT]))[0]?.n, {
      timeout: 30_000,
    })
    .toBe(1);
  const [created] = await sql<{ id: string; version: number }>(`SELECT id, version FROM "AgreementMilestone" WHERE "agreementId" = $1`, [
    AGREEMENT,
  ]);
  expect(created.version).toBe(1);

  // Edit the same row: it is now done, with a link as evidence.
  const edit = page.getByRole("form", { name: "Construction started" });
  await expect(edit.getByLabel("Note")).toHaveValue("Groundbreaking planned");
  await edit.getByLabel("Done on").fill("2021-07-02");
  await edit.getByLabel("Evidence (link)").fill("https://example.org/groundbreaking");
  await edit.getByRole("button", { name: "Save milestone" }).click();
  await expect
    .poll(
      async () => (await sql<{ version: number }>(`SELECT version FROM "AgreementMilestone" WHERE id = $1`, [created.id]))[0]?.version,
      { timeout: 30_000 },
    )
    .toBe(2);
  const rows = await sql<{ id: string; doneOn: string; evidenceUrl: string }>(
    `SELECT id, "doneOn"::text AS "doneOn", "evidenceUrl" FROM "AgreementMilestone" WHERE "agreementId" = $1`,
    [AGREEMENT],
  );
  expect(rows).toEqual([{ id: created.id, doneOn: "2021-07-02", evidenceUrl: "https://example.org/groundbreaking" }]);

  // A bad date is refused with a message on the field; nothing changes.
  await page.reload();
  const again = page.getByRole("form", { name: "Construction started" });
  await again.getByLabel("Evidence (link)").fill("ftp://example.org/photo");
  await again.getByRole("button", { name: "Save milestone" }).click();
  await expect(again.getByText("Use a web address starting with https://")).toBeVisible({ timeout: 30_000 });
  expect((await sql<{ version: number }>(`SELECT version FROM "AgreementMilestone" WHERE id = $1`, [created.id]))[0].version).toBe(2);

  // Funds in one currency: added, then edited in place.
  await page.reload();
  const funds = page.getByRole("form", { name: "Add funds" });
  await funds.getByLabel("Currency").fill("CNY");
  await funds.getByLabel("Committed").fill("5000000");
  await funds.getByLabel("Received").fill("1000000");
  await funds.getByRole("button", { name: "Add funds" }).click();
  await expect
    .poll(async () => (await sql(`SELECT "receivedMinor"::text AS r FROM "AgreementFund" WHERE "agreementId" = $1`, [AGREEMENT]))[0]?.r, {
      timeout: 30_000,
    })
    .toBe("100000000");
  const cny = page.getByRole("form", { name: "Funds CNY" });
  await cny.getByLabel("Received (CNY)").fill("2500000");
  await cny.getByRole("button", { name: "Save funds" }).click();
  await expect
    .poll(
      async () =>
        await sql<{ r: string; version: number }>(
          `SELECT "receivedMinor"::text AS r, version FROM "AgreementFund" WHERE "agreementId" = $1`,
          [AGREEMENT],
        ),
      { timeout: 30_000 },
    )
    .toEqual([{ r: "250000000", version: 2 }]);

  // Another spec may move the figure too (two workers): it went up, and this agreement is among those counted.
  const [startedAfter, totalAfter] = (await constructionStarted(page)).split(" ")[0].split("/").map(Number);
  expect(totalAfter).toBe(total);
  expect(startedAfter).toBeGreaterThan(startedBefore);
  await page.locator('[data-rate="constructionStarted"] a').click();
  await expect(
    page.locator("#counted-constructionStarted").getByRole("link", { name: "Hydrogen fuel-cell vehicle demonstration project" }),
  ).toBeVisible();
});
