import { expect, test, type Page } from "@playwright/test";
import { sql } from "./fixtures/security-world";
import { signInAs } from "./fixtures/auth";

// Issue 19's acceptance flow: the owner sets a milestone, makes a link for a party contact,
// the contact (no account, in Japanese) reports the milestone through it, the owner confirms,
// and the closing report counts the agreement. A wrong link answers 404.
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });
test.setTimeout(180_000);

const EVENT = "demo-event-dialogue-with-shandong-2020";
const AGREEMENT = "demo-agreement-10";
const PAGE = `/organizer/events/${EVENT}/agreements/${AGREEMENT}`;
const REPORT = `/organizer/events/${EVENT}/report?lang=en`;

async function counted(page: Page): Promise<{ figure: number; listed: boolean }> {
  await page.goto(REPORT);
  const figure = Number((await page.locator('[data-rate="constructionStarted"] [data-rate-value]').innerText()).split("/")[0]);
  const listed = (await page.locator(`#counted-constructionStarted a[href$="/agreements/${AGREEMENT}"]`).count()) === 1;
  return { figure, listed };
}

test("owner sets a milestone, the party contact reports it through the link, the owner confirms, the rate moves", async ({
  page,
  browser,
  baseURL,
}) => {
  await signInAs(page, "owner");
  const before = await counted(page);
  expect(before.listed).toBe(false);

  await page.goto(PAGE);
  const add = page.getByRole("form", { name: "Add milestone" });
  await add.getByLabel("Milestone").selectOption("construction_started");
  await add.getByLabel("Due on").fill("2021-09-30");
  await add.getByRole("button", { name: "Add milestone" }).click();
  await expect(page.getByRole("form", { name: "Construction started" })).toBeVisible({ timeout: 30_000 });

  const make = page.getByRole("form", { name: "Make a link" });
  await make.getByLabel("Contact name").fill("Sato Kenji");
  await make.getByLabel("Language of the link").selectOption("ja");
  await make.getByRole("button", { name: "Make a link" }).click();
  const link = (await page.locator("[data-update-link]").innerText({ timeout: 30_000 })).trim();
  expect(link).toMatch(/\/follow-up\/[A-Za-z0-9_-]{40,}$/);
  const [stored] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "AgreementUpdateLink" WHERE "agreementId" = $1 AND "tokenHash" <> $2`,
    [AGREEMENT, link.split("/").pop()],
  );
  expect(stored.n).toBe(1);

  // The party contact: no account, another browser.
  const contact = await browser.newContext({ baseURL, locale: "en-US" });
  const party = await contact.newPage();
  const wrong = await party.goto(`${link.slice(0, -4)}AAAA`);
  expect(wrong?.status()).toBe(404);
  expect((await party.goto(link))?.status()).toBe(200);
  await expect(party.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(party.locator('main div[lang="ja"]').first()).toContainText("ご報告ください");
  await party.getByLabel("マイルストーン").selectOption("construction_started");
  await party.getByLabel("完了日").fill("2021-10-15");
  await party.getByLabel("メモ").fill("起工式を行いました");
  await party.getByRole("button", { name: "報告を送信" }).click();
  await expect(party.getByRole("status").filter({ hasText: "ありがとうございました" })).toBeVisible({ timeout: 30_000 });
  await contact.close();
  const [pending] = await sql<{ id: string; status: string }>(`SELECT id, status FROM "PartyUpdate" WHERE "agreementId" = $1`, [AGREEMENT]);
  expect(pending.status).toBe("PENDING");
  // Not counted before the owner confirms.
  expect((await counted(page)).listed).toBe(false);

  await page.goto(PAGE);
  const decide = page.locator(`[data-pending-update="${pending.id}"]`);
  await expect(decide).toContainText("Sato Kenji");
  await decide.getByRole("button", { name: "Confirm" }).click();
  await expect
    .poll(async () => (await sql<{ status: string }>(`SELECT status FROM "PartyUpdate" WHERE id = $1`, [pending.id]))[0].status, {
      timeout: 30_000,
    })
    .toBe("CONFIRMED");
  const [milestone] = await sql<{ doneOn: string; note: string }>(
    `SELECT "doneOn"::text AS "doneOn", note FROM "AgreementMilestone" WHERE "agreementId" = $1 AND "typeKey" = 'construction_started'`,
    [AGREEMENT],
  );
  expect(milestone).toEqual({ doneOn: "2021-10-15", note: "起工式を行いました" });

  const after = await counted(page);
  expect(after.listed).toBe(true);
  expect(after.figure).toBeGreaterThan(before.figure);
});
