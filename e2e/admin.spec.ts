import pg from "pg";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users";
import { adminUrl, withDatabase } from "../server/testing/admin-url";
import { expect, signInAs, test } from "./fixtures/auth";

// Administration as an admin uses it: an organization created and renamed (the same row,
// version up), a user deactivated while signed in elsewhere (that browser is signed out at
// once), and the last active admin refused when deactivating themselves (nothing changes).

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: withDatabase(adminUrl(), process.env.ACCORD_E2E_DB ?? "") });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

test.use({ role: "admin" });

test("an admin creates an organization and renames it: the same row, version up", async ({ page }) => {
  const slug = `e2e-council-${Date.now().toString(36)}`;
  await page.goto("/organizer");
  await page.getByRole("link", { name: "Administration" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organizations" })).toBeVisible();
  const create = page.locator("form").filter({ has: page.getByRole("button", { name: "Create organization" }) });
  await create.getByLabel("Short web address").fill(slug);
  await create.getByLabel("Name · English").fill("Qingdao Trade Council");
  await create.getByLabel("Name · 中文").fill("青岛贸促会");
  await create.getByLabel("Country code").fill("cn");
  await create.getByRole("button", { name: "Create organization" }).click();
  await expect(create.getByRole("status")).toHaveText("Saved.");
  const [created] = await sql<{ id: string; version: number; country: string }>(
    `SELECT id, version, country FROM "Organization" WHERE slug = $1`,
    [slug],
  );
  expect(created).toMatchObject({ version: 1, country: "CN" });

  await page.reload();
  // Found by its slug: the heading changes with the rename.
  const card = page.getByRole("listitem").filter({ hasText: slug });
  await expect(card.getByRole("link", { name: "People and invitations" })).toHaveAttribute(
    "href",
    `/organizer/organizations/${created.id}/people`,
  );
  await card.getByText("Rename", { exact: true }).first().click();
  await card.getByLabel("Name · English").fill("Qingdao Sub-council of CCPIT");
  await card.getByRole("button", { name: "Rename" }).click();
  await expect(card.getByRole("status")).toHaveText("Saved.");
  const rows = await sql<{ id: string; version: number; name: { en: string; zh: string } }>(
    `SELECT id, version, name FROM "Organization" WHERE slug = $1`,
    [slug],
  );
  expect(rows).toEqual([{ id: created.id, version: 2, name: { en: "Qingdao Sub-council of CCPIT", zh: "青岛贸促会" } }]);
  const audit = await sql<{ action: string }>(
    `SELECT action FROM "AuditLog" WHERE entity = 'Organization' AND "entityId" = $1 ORDER BY id`,
    [created.id],
  );
  expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
});

test("deactivating a user signs their other browser out at once", async ({ page, browser }) => {
  const email = `e2e-deact-${Date.now().toString(36)}@accord.test`;
  await sql(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
     SELECT $1, $2, 'Sato Hanako', "passwordHash", 'DELEGATE', now() FROM "User" WHERE email = $3`,
    [`e2e-${Date.now()}`, email, DEMO_USERS.delegate.email],
  );
  const other = await browser.newContext({ storageState: undefined });
  const theirs = await other.newPage();
  await signInAs(theirs, { email, password: DEMO_PASSWORD }, "/me/agenda");
  await expect(theirs).toHaveURL(/\/me\/agenda/);

  await page.goto(`/organizer/admin/users?q=${encodeURIComponent(email)}`);
  const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Sato Hanako" }) });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("status")).toHaveText("Saved.");
  expect(
    await sql(
      `SELECT active, (SELECT count(*)::int FROM "AuthSession" s WHERE s."userId" = u.id) AS sessions FROM "User" u WHERE email = $1`,
      [email],
    ),
  ).toEqual([{ active: false, sessions: 0 }]);

  await theirs.goto("/me/agenda");
  await expect(theirs).toHaveURL(/\/sign-in\?callbackUrl=%2Fme%2Fagenda/);
  await other.close();
});

test("the last active admin cannot deactivate themselves; nothing changes", async ({ page }) => {
  const admins = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "User" WHERE role = 'ADMIN' AND active`);
  expect(admins, "the demo seed has one admin, the only active one").toEqual([{ n: 1 }]);
  const before = await sql(`SELECT version, active, role FROM "User" WHERE email = $1`, [DEMO_USERS.admin.email]);

  await page.goto(`/organizer/admin/users?q=${encodeURIComponent(DEMO_USERS.admin.email)}`);
  const row = page.getByRole("listitem").filter({ hasText: DEMO_USERS.admin.email });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("alert")).toContainText("At least one active admin must remain: this is the last one.");
  await row.getByRole("button", { name: "Change role" }).first().waitFor();
  expect(await sql(`SELECT version, active, role FROM "User" WHERE email = $1`, [DEMO_USERS.admin.email])).toEqual(before);
  await page.goto("/organizer/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
});
