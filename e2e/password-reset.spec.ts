import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { adminUrl, withDatabase } from "../server/testing/admin-url";
import type { SmtpSink } from "../server/testing/smtp-sink";
import { HOLD_SMTP_TIMEOUT_MS, holdSmtpPort } from "./fixtures/smtp-port";
import { signInAs, signInByApi } from "./fixtures/auth";
import { createWorld } from "./fixtures/security-world";
import { DEMO_PASSWORD } from "../prisma/seed/demo-users";

// A password reset round trip with the mail received by a real SMTP server (smtp-server,
// on E2E_SMTP_PORT, where playwright.config.ts points the app's SMTP_URL), then a reused
// and an expired link, each refused with a clear page and nothing changed.

const NEW_PASSWORD = "river lantern harbour 7";
let smtp: SmtpSink;

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: withDatabase(adminUrl(), process.env.ACCORD_E2E_DB ?? "") });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const passwordHashOf = async (email: string) =>
  (
    await sql<{ passwordHash: string; sessions: string }>(
      `SELECT u."passwordHash", (SELECT count(*) FROM "AuthSession" s WHERE s."userId" = u.id) AS sessions FROM "User" u WHERE email = $1`,
      [email],
    )
  )[0];

test.beforeAll(async () => {
  test.setTimeout(HOLD_SMTP_TIMEOUT_MS);
  smtp = await holdSmtpPort();
});
test.afterAll(async () => {
  await smtp?.stop();
});

test("a password reset round trip through a real SMTP server; the reused link changes nothing", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = `reset-${Date.now().toString(36)}@accord.test`;
  await sql(
    `INSERT INTO "User" (id, email, name, "passwordHash", locale, "updatedAt") VALUES ($1, $2, 'Rei Tanaka', '!no-password-set', 'ja', now())`,
    [`e2e-${Date.now()}`, email],
  );

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in page has an "Email address" field too: type only once the reset page is shown.
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`If an Accord account uses ${email}`);

  // The mail is in the recipient's language (ja), with HTML and text parts.
  const mail = await smtp.waitFor((m) => m.to !== undefined && JSON.stringify(m.to).includes(email), 60_000);
  expect(mail.subject).toBe("Accord のパスワードの再設定");
  expect(mail.html).toContain('lang="ja"');
  const link = /https?:\/\/\S+\/set-password\?token=\S+/.exec(mail.text ?? "")![0];
  const path = new URL(link).pathname + new URL(link).search;

  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a password" })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("New password again").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Save the password" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your password is set");
  const afterReset = await passwordHashOf(email);
  expect(afterReset.passwordHash).toMatch(/^\$argon2id\$/);

  const fresh = await browser.newPage();
  await signInAs(fresh, { email, password: NEW_PASSWORD });
  await fresh.close();

  // The same link again: a clear page, no form, nothing changed.
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "This link cannot be used" })).toBeVisible();
  await expect(page.getByText("This link has already been used.")).toBeVisible();
  await expect(page.locator('input[name="password"]')).toHaveCount(0);
  expect((await passwordHashOf(email)).passwordHash).toBe(afterReset.passwordHash);
});

test("an expired link shows a clear page and changes nothing; an unknown address gets the same answer", async ({ page }) => {
  const email = `expired-${Date.now().toString(36)}@accord.test`;
  const userId = `e2e-exp-${Date.now()}`;
  await sql(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Li Wei', '!no-password-set', now())`, [
    userId,
    email,
  ]);
  const token = `expired-token-${Date.now()}-0123456789abcdef`;
  await sql(
    `INSERT INTO "UserToken" (id, "userId", purpose, "tokenHash", "expiresAt") VALUES ($1, $2, 'RESET_PASSWORD', $3, now() - interval '1 minute')`,
    [`tok-${userId}`, userId, createHash("sha256").update(token).digest("hex")],
  );
  await page.goto(`/set-password?token=${token}`);
  await expect(page.getByRole("heading", { level: 1, name: "This link cannot be used" })).toBeVisible();
  await expect(page.getByText("This link has expired.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
  expect((await passwordHashOf(email)).passwordHash).toBe("!no-password-set");

  await page.goto("/forgot-password");
  await page.getByLabel("Email address").fill("nobody-at-all@accord.test");
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("If an Accord account uses nobody-at-all@accord.test");
});

test("a signed-in user changes their password on My account: a wrong current one changes nothing; then other devices are signed out, a notice arrives and only the new password signs in", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // three Argon2 sign-ins and two checks on a shared machine
  const world = await createWorld("password-change");
  const changed = "a fresh river passphrase 3";
  await signInAs(page, { email: world.email }, "/me/account");
  const otherDevice = await browser.newPage();
  await signInAs(otherDevice, { email: world.email }, "/me/account");
  await expect(otherDevice.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  const before = await passwordHashOf(world.email);
  expect(Number(before.sessions)).toBe(2);

  await page.waitForFunction(() => "next" in window);
  const form = page.locator("form").filter({ has: page.locator('input[name="confirm"]') });
  // Each field is labelled (the label names the input, a11y suite); typed here by name, as the
  // e-mail form on the same page has a "Current password" too.
  await expect(form.getByLabel(/New password again/)).toBeVisible();
  await form.locator('input[name="currentPassword"]').fill("not my password");
  await form.locator('input[name="password"]').fill(changed);
  await form.locator('input[name="confirm"]').fill(changed);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("Your current password is not correct")).toBeVisible();
  expect(await passwordHashOf(world.email)).toEqual(before);

  await form.locator('input[name="currentPassword"]').fill(DEMO_PASSWORD);
  await form.locator('input[name="password"]').fill(changed);
  await form.locator('input[name="confirm"]').fill(changed);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible({ timeout: 30_000 });
  const after = await passwordHashOf(world.email);
  expect(after.passwordHash).not.toBe(before.passwordHash);
  expect(Number(after.sessions)).toBe(1);

  // This browser stays signed in; the other device is sent to sign in.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await otherDevice.goto("/me/account");
  await expect(otherDevice).toHaveURL(/\/sign-in/);
  await otherDevice.close();

  const mail = await smtp.waitFor(
    (m) => JSON.stringify(m.to ?? "").includes(world.email) && m.subject === "Your Accord password was changed",
    60_000,
  );
  expect(mail.text).toMatch(/\/forgot-password/);

  const fresh = await browser.newContext();
  await expect(signInByApi(fresh.request, world.email, DEMO_PASSWORD)).rejects.toThrow(/sign-in as .* failed/);
  await signInByApi(fresh.request, world.email, changed);
  await fresh.close();
});
