import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { db } from "../db/client.ts";
import { createAdmin, NO_PASSWORD } from "../people/create-admin.ts";
import { startAuthSession } from "./auth-sessions.ts";
import { verifyPassword } from "./password.ts";
import { RESET_ANSWER_FLOOR_MS, requestPasswordReset } from "./request-password-reset.ts";
import { setPasswordWithToken } from "./set-password-with-token.ts";
import { createTestUser } from "./test-fixtures.ts";
import { hashToken, inspectUserToken } from "./user-tokens.ts";
import { inEnglish } from "@/server/testing/in-english";

useTestDatabase();
const BASE = "http://accord.test";
const NEW_PASSWORD = "a brand new passphrase";

/** The raw token of the latest reset mail queued for an address (read from the outbox row). */
async function linkTokenFor(email: string): Promise<string> {
  const mail = await db().mailMessage.findFirstOrThrow({ where: { toEmail: email }, orderBy: { createdAt: "desc" } });
  return decodeURIComponent(/token=([^\s"&]+)/.exec(mail.text)![1]);
}

async function snapshot(userId: string) {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, version: true } });
  return { ...user, sessions: await db().authSession.count({ where: { userId } }), audits: await db().auditLog.count() };
}

describe("requesting a password reset", () => {
  it("answers known and unknown addresses alike, no faster than the floor, and mails only the known one", async () => {
    const user = await createTestUser({ email: `known-${Date.now()}@accord.test` });
    const t0 = Date.now();
    const known = await requestPasswordReset({ email: user.email.toUpperCase() }, { ip: "10.0.0.1", baseUrl: BASE });
    const t1 = Date.now();
    const unknown = await requestPasswordReset({ email: "nobody@accord.test" }, { ip: "10.0.0.2", baseUrl: BASE });
    const t2 = Date.now();
    // The same answer for both, naming only the address the reader typed (normalised).
    expect(known).toEqual({ ok: true, data: { sent: true, email: user.email.toLowerCase() } });
    expect(unknown).toEqual({ ok: true, data: { sent: true, email: "nobody@accord.test" } });
    expect(t1 - t0).toBeGreaterThanOrEqual(RESET_ANSWER_FLOOR_MS - 5);
    expect(t2 - t1).toBeGreaterThanOrEqual(RESET_ANSWER_FLOOR_MS - 5);
    expect(await db().mailMessage.count({ where: { toEmail: user.email, kind: "password-reset" } })).toBe(1);
    expect(await db().mailMessage.count({ where: { toEmail: "nobody@accord.test" } })).toBe(0);
    const token = await linkTokenFor(user.email);
    const row = await db().userToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row.purpose).toBe("RESET_PASSWORD");
    expect(await db().userToken.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
  });

  it("refuses a bad address with a field error and writes nothing", async () => {
    const before = await db().mailMessage.count();
    const result = await requestPasswordReset({ email: "not an address" }, { ip: null, baseUrl: BASE });
    expect(inEnglish(result)).toMatchObject({ ok: false, code: "invalid", fieldErrors: { email: ["Enter a valid email address"] } });
    expect(await db().mailMessage.count()).toBe(before);
  });

  it("throttles repeated requests for one address the same way whether it exists or not", async () => {
    const user = await createTestUser({ email: `throttled-${Date.now()}@accord.test` });
    for (const email of [user.email, "ghost@accord.test"]) {
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(await requestPasswordReset({ email }, { ip: null, baseUrl: BASE }));
      expect(answers.slice(0, 5).every((a) => a.ok)).toBe(true);
      expect(inEnglish(answers[5])).toMatchObject({ ok: false, message: "Too many attempts, try again later" });
    }
    expect(await db().mailMessage.count({ where: { toEmail: user.email } })).toBe(5);
  }, 30_000);
});

describe("setting a password from a link", () => {
  it("sets the password once, ends every session and audits; the reused link changes nothing", async () => {
    const user = await createTestUser({ email: `reset-${Date.now()}@accord.test` });
    await startAuthSession(user.id);
    await startAuthSession(user.id);
    await requestPasswordReset({ email: user.email }, { ip: null, baseUrl: BASE });
    const token = await linkTokenFor(user.email);

    const done = await setPasswordWithToken({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(done).toEqual({ ok: true, data: { email: user.email } });
    const after = await snapshot(user.id);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(after.sessions).toBe(0);
    expect(await db().auditLog.count({ where: { entityId: user.id, action: "password.reset" } })).toBe(1);

    const again = await setPasswordWithToken({ token, password: "another passphrase 2", confirm: "another passphrase 2" });
    expect(inEnglish(again)).toMatchObject({
      ok: false,
      code: "not_found",
      message: "This link has already been used. Ask for a new one.",
    });
    expect(await snapshot(user.id)).toEqual(after);
  });

  it("refuses an expired link and an unknown one, changing nothing", async () => {
    const user = await createTestUser({ email: `expired-${Date.now()}@accord.test` });
    await requestPasswordReset({ email: user.email }, { ip: null, baseUrl: BASE });
    const token = await linkTokenFor(user.email);
    const before = await snapshot(user.id);
    const later = new Date(Date.now() + 61 * 60 * 1000);
    expect(await inspectUserToken(token, later)).toBe("expired");
    expect(inEnglish(await setPasswordWithToken({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD }, later))).toMatchObject({
      ok: false,
      message: "This link has expired. Ask for a new one.",
    });
    expect(inEnglish(await setPasswordWithToken({ token: "x".repeat(43), password: NEW_PASSWORD, confirm: NEW_PASSWORD }))).toMatchObject({
      ok: false,
      message: "This link is not valid. Ask for a new one.",
    });
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("refuses a short or mismatched password with field errors and keeps the link usable", async () => {
    const user = await createTestUser({ email: `weak-${Date.now()}@accord.test` });
    await requestPasswordReset({ email: user.email }, { ip: null, baseUrl: BASE });
    const token = await linkTokenFor(user.email);
    const before = await snapshot(user.id);
    const result = await setPasswordWithToken({ token, password: "short", confirm: "other" });
    expect(inEnglish(result)).toMatchObject({ ok: false, code: "invalid", fieldErrors: { password: ["Use at least 10 characters"] } });
    const mismatch = await setPasswordWithToken({ token, password: NEW_PASSWORD, confirm: "something else" });
    expect(inEnglish(mismatch)).toMatchObject({ ok: false, fieldErrors: { confirm: ["The two passwords do not match"] } });
    expect(await snapshot(user.id)).toEqual(before);
    expect(await inspectUserToken(token)).toBe("valid");
  });
});

describe("admin:create", () => {
  it("creates an admin with no usable password and a set-password link that works once", async () => {
    const created = await createAdmin(db(), { email: " Chief@Accord.test ", name: "Chief", locale: "zh" }, BASE);
    expect(created.email).toBe("chief@accord.test");
    const user = await db().user.findUniqueOrThrow({ where: { id: created.userId } });
    expect(user).toMatchObject({ role: "ADMIN", passwordHash: NO_PASSWORD, locale: "zh" });
    expect(await verifyPassword(user.passwordHash, NO_PASSWORD)).toBe(false);
    const mail = await db().mailMessage.findUniqueOrThrow({ where: { id: created.mailId } });
    expect(mail).toMatchObject({ kind: "set-password", subject: "设置您的 Accord 密码", status: "QUEUED" });
    expect(mail.text).toContain(created.link);
    const token = new URL(created.link).searchParams.get("token")!;
    expect(await setPasswordWithToken({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await db().auditLog.count({ where: { entityId: user.id, action: "password.set" } })).toBe(1);
    await expect(createAdmin(db(), { email: "chief@accord.test", name: "Again" }, BASE)).rejects.toThrow("already exists");
    expect(await db().user.count({ where: { email: "chief@accord.test" } })).toBe(1);
  });
});
