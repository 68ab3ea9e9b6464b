import { createHash } from "node:crypto";
import type { ParsedMail } from "mailparser";
import type { SmtpSink } from "../server/testing/smtp-sink";
import { expect, signInAs, test } from "./fixtures/auth";
import { sql } from "./fixtures/security-world";
import { HOLD_SMTP_TIMEOUT_MS, holdSmtpPort } from "./fixtures/smtp-port";

// Self sign-up (issue 15) with the mail received by a real SMTP server: an event open to
// public sign-up; a new delegate creates an account, cannot register before confirming the
// address, confirms it from the emailed link, signs in and registers. Bad input changes
// nothing in the database: a weak password, an address that already has an account (the same
// answer, and a mail saying so), a wrong, an expired and a reused link.

let smtp: SmtpSink;
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
const ORG = `e2e-signup-org-${run}`;
const EVENT = `e2e-signup-event-${run}`;
const PASSWORD = "maple harbour lantern 9";
const to = (address: string) => (m: ParsedMail) => JSON.stringify(m.to ?? "").includes(address);

const userRow = async (email: string) =>
  (
    await sql<{ id: string; name: string; passwordHash: string; emailVerifiedAt: Date | null; locale: string; version: number }>(
      `SELECT id, name, "passwordHash", "emailVerifiedAt", locale, version FROM "User" WHERE email = $1`,
      [email],
    )
  )[0];
const registrationsOf = async (email: string) =>
  Number(
    (
      await sql<{ n: string }>(
        `SELECT count(*) AS n FROM "Registration" r JOIN "User" u ON u.id = r."userId" WHERE u.email = $1 AND r."eventId" = $2`,
        [email, EVENT],
      )
    )[0].n,
  );

test.beforeAll(async () => {
  test.setTimeout(HOLD_SMTP_TIMEOUT_MS);
  smtp = await holdSmtpPort();
  await sql(`INSERT INTO "Organization" (id, slug, name, country) VALUES ($1, $1, '{"en": "Qingdao Council"}', 'CN')`, [ORG]);
  await sql(
    `INSERT INTO "Event" (id, "organizationId", slug, title, "sideAName", "sideBName", status, "publicSignUp", languages, "primaryTimeZone", "startDate", "endDate", "updatedAt")
     VALUES ($1, $2, $1, '{"en": "Qingdao Open Forum"}', '{"en": "Shandong side"}', '{"en": "Japan side"}', 'PUBLISHED', true, '{en,zh,ja}', 'Asia/Shanghai', '2099-06-10', '2099-06-10', now())`,
    [EVENT, ORG],
  );
  await sql(
    `INSERT INTO "Venue" (id, "eventId", kind, name, city, "timeZone", capacity, position, "updatedAt")
     VALUES ($1 || '-hall', $1, 'PHYSICAL', '{"en": "Qingdao Hall"}', '{"en": "Qingdao"}', 'Asia/Shanghai', 80, 0, now())`,
    [EVENT],
  );
});
test.afterAll(async () => {
  await smtp?.stop();
});

/** Opens /sign-up and waits until its form island is interactive before typing. */
async function openSignUp(page: import("@playwright/test").Page) {
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
  await page.waitForFunction(() => "next" in window);
  await page.waitForLoadState("networkidle");
}

async function fillSignUp(page: import("@playwright/test").Page, v: { name: string; email: string; password: string; language?: string }) {
  await page.getByLabel("Your name").fill(v.name);
  await page.getByLabel("Email address").fill(v.email);
  await page.getByLabel("Password").fill(v.password);
  if (v.language) await page.getByLabel("Preferred language").selectOption({ label: v.language });
  await page.getByRole("button", { name: "Create my account" }).click();
}

test("sign up, confirm the address from the received mail, sign in and register; the reused link changes nothing", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const email = `sign-up-${run}@accord.test`;

  // A weak password: a clear message on the field, no account.
  await openSignUp(page);
  await fillSignUp(page, { name: "Chen Jing", email, password: "short" });
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Chen Jing");
  expect(await userRow(email)).toBeUndefined();

  // A good one: "check your email", an unverified account, a mail in the chosen language.
  await fillSignUp(page, { name: "Chen Jing", email, password: PASSWORD, language: "中文" });
  await expect(page.getByRole("main").getByRole("status")).toContainText(`We sent a message to ${email}`);
  const created = await userRow(email);
  expect(created).toMatchObject({ name: "Chen Jing", locale: "zh", emailVerifiedAt: null });
  expect(created.passwordHash).toMatch(/^\$argon2id\$/);
  const mail = await smtp.waitFor(to(email), 60_000);
  expect(mail.html).toContain('lang="zh"');
  const link = new URL(/https?:\/\/\S+\/verify-email\?token=[A-Za-z0-9_%-]+/.exec(mail.text ?? "")![0]);
  const path = link.pathname + link.search;

  // Signed in but not confirmed: registering is refused, nothing written.
  const other = await browser.newPage();
  await signInAs(other, { email, password: PASSWORD }, `/events/${EVENT}/register`);
  await other.getByRole("button", { name: "Register", exact: true }).click();
  await expect(other.getByRole("main").getByRole("status")).toContainText("Confirm your email address first");
  expect(await registrationsOf(email)).toBe(0);

  // The link: opening it changes nothing (mail scanners open links); the button confirms.
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your email address" })).toBeVisible();
  expect((await userRow(email)).emailVerifiedAt).toBeNull();
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`Thank you for confirming ${email}`);
  const verified = await userRow(email);
  expect(verified.emailVerifiedAt).not.toBeNull();

  // Now the delegate registers.
  await other.goto(`/events/${EVENT}/register`);
  await other.getByRole("button", { name: "Register", exact: true }).click();
  await expect(other.getByRole("main").getByRole("status")).toContainText("You are registered.");
  expect(await registrationsOf(email)).toBe(1);
  await other.close();

  // The same link again: a clear page, no button, nothing changed.
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "This link cannot be used" })).toBeVisible();
  await expect(page.getByText("This link has already been used.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirm my address" })).toHaveCount(0);
  expect(await userRow(email)).toEqual(verified);

  // Signing up again with the same address: the same answer; the account is untouched and
  // its owner gets "you already have an account" in the account's language.
  await openSignUp(page);
  await fillSignUp(page, { name: "Someone Else", email, password: "another password 12" });
  await expect(page.getByRole("main").getByRole("status")).toContainText(`We sent a message to ${email}`);
  // (The registration above sent this address a confirmation too: wait for the account mail.)
  const exists = await smtp.waitFor((m) => to(email)(m) && m.subject === "您已有 Accord 账户", 60_000);
  expect(exists.text).toContain("/sign-in");
  expect(exists.html).toContain('lang="zh"');
  expect(await userRow(email)).toEqual(verified);
});

test("a wrong and an expired link show a clear page and change nothing", async ({ page }) => {
  const email = `sign-up-expired-${run}@accord.test`;
  const userId = `e2e-signup-${run}`;
  await sql(
    `INSERT INTO "User" (id, email, name, "passwordHash", locale, "emailVerifiedAt", "updatedAt") VALUES ($1, $2, 'Mori Ken', '!no-password-set', 'ja', NULL, now())`,
    [userId, email],
  );
  const token = `expired-verify-${run}-0123456789abcdef`;
  await sql(
    `INSERT INTO "UserToken" (id, "userId", purpose, "tokenHash", "expiresAt") VALUES ($1, $2, 'VERIFY_EMAIL', $3, now() - interval '1 minute')`,
    [`tok-${userId}`, userId, createHash("sha256").update(token).digest("hex")],
  );
  const before = await userRow(email);
  expect(before.emailVerifiedAt).toBeNull();

  await page.goto(`/verify-email?token=${token}`);
  await expect(page.getByRole("heading", { level: 1, name: "This link cannot be used" })).toBeVisible();
  await expect(page.getByText("This link has expired. Ask for a new one.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirm my address" })).toHaveCount(0);

  await page.goto(`/verify-email?token=not-a-real-token-${run}-xxxxxxxx`);
  await expect(page.getByRole("heading", { level: 1, name: "This link cannot be used" })).toBeVisible();
  await expect(page.getByText("This link is not valid. Ask for a new one.")).toBeVisible();
  expect(await userRow(email)).toEqual(before);
});
