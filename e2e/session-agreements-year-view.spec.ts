import { expect, test } from "./fixtures/auth";
import { sql } from "./fixtures/security-world";

// Issue 19: the agreements signed at a session (its public and workspace pages, the tally
// grouped by session) and the organization's year view, in English, Chinese and Japanese,
// checked against the database.
const SLUG = "dialogue-with-shandong-2020";
const EVENT = "demo-event-dialogue-with-shandong-2020";
const MEDICAL = "demo-session-industry-medical";
test.setTimeout(120_000);

const publicCount = async (sessionId: string) =>
  (
    await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Agreement" WHERE "sessionId" = $1 AND visibility = 'PUBLIC' AND status <> 'CANCELLED'`,
      [sessionId],
    )
  )[0].n;

const HEADINGS = {
  en: ["Agreements signed at this session", "By session (seminar)", "Industry seminar: medical care and health care"],
  zh: ["本场签约项目", "按会议场次（研讨会）", "医疗康养产业对接会"],
  ja: ["このセッションで調印された協定", "セッション（セミナー）別", "産業交流会：医療・ヘルスケア"],
} as const;

for (const [locale, [listHeading, tallyHeading, seminar]] of Object.entries(HEADINGS)) {
  test(`the medical seminar's public page and the tally show its projects (${locale})`, async ({ page }) => {
    const n = await publicCount(MEDICAL);
    expect(n).toBeGreaterThanOrEqual(3);
    await page.goto(`/${locale}/events/${SLUG}/sessions/${MEDICAL}`);
    const list = page.locator("[data-session-agreements]");
    await expect(list.getByRole("heading", { name: listHeading })).toBeVisible();
    await expect(list.locator("li")).toHaveCount(n);
    await page.goto(`/${locale}/events/${SLUG}/tally`);
    const bars = page.getByRole("region", { name: tallyHeading });
    await expect(bars.getByText(seminar)).toBeVisible();
    await expect(bars.locator("li", { hasText: seminar })).toContainText(String(n));
  });
}

test.describe("workspace", () => {
  test.use({ role: "owner", locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });

  test("the session page lists every agreement signed there, each linking to its page", async ({ page }) => {
    const rows = await sql<{ id: string }>(`SELECT id FROM "Agreement" WHERE "sessionId" = $1`, [MEDICAL]);
    await page.goto(`/organizer/events/${EVENT}/sessions/${MEDICAL}`);
    const list = page.locator("[data-session-agreements]");
    await expect(list.locator("li")).toHaveCount(rows.length);
    const first = list.locator("li").first();
    const id = await first.getAttribute("data-agreement-id");
    await first.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/organizer/events/${EVENT}/agreements/${id}$`));
  });

  test("the year view's totals are the sum over the year's events and match the database", async ({ page }) => {
    const [{ n, events }] = await sql<{ n: number; events: number }>(
      `SELECT count(a.id)::int AS n, count(DISTINCT e.id)::int AS events FROM "Event" e
       LEFT JOIN "Agreement" a ON a."eventId" = e.id AND a.status <> 'CANCELLED'
       WHERE e."organizationId" = (SELECT "organizationId" FROM "Event" WHERE id = $1)
         AND e."startDate" >= '2020-01-01' AND e."startDate" < '2021-01-01'`,
      [EVENT],
    );
    await page.goto("/organizer/ledger");
    await page.getByRole("link", { name: "Year view" }).click();
    await expect(page).toHaveURL(/\/organizer\/ledger\/year/);
    await page.goto("/organizer/ledger/year?year=2020");
    await expect(page.getByRole("heading", { name: "The year 2020" })).toBeVisible();
    const byEvent = page.getByRole("region", { name: "By event" });
    await expect(byEvent.locator("tfoot [data-total-agreements]")).toHaveText(String(n));
    const perEvent = await byEvent.locator("tbody [data-agreements]").allInnerTexts();
    expect(perEvent).toHaveLength(events);
    expect(perEvent.reduce((s, x) => s + Number(x), 0)).toBe(n);
    for (const region of ["By partner country", "By city pair"]) {
      const cells = await page.getByRole("region", { name: region }).locator("tbody [data-agreements]").allInnerTexts();
      expect(cells.reduce((s, x) => s + Number(x), 0)).toBe(n);
    }
    await expect(page.getByRole("region", { name: "By partner country" }).getByRole("rowheader", { name: "Japan" })).toBeVisible();
  });
});
