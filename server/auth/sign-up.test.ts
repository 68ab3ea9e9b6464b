import { beforeAll, describe, expect, it } from "vitest";
import { createUser, uniqueSuffix } from "@/prisma/seed/factories";
import { SIGN_IN_MESSAGES } from "@/lib/validation/sign-in-schema";
import { DEMO_EVENT_ID, DEMO_SLUG, seedDemoEvent } from "../agenda/testing/agenda-fixtures.ts";
import { db } from "../db/client.ts";
import { registerForEvent } from "../registrations/register-for-event.ts";
import { REGISTRATION_MESSAGES } from "../registrations/registration-types.ts";
import { useTestDatabase } from "../testing/test-database.ts";
import { startAuthSession } from "./auth-sessions.ts";
import { verifyPassword } from "./password.ts";
import { requestEmailChange, WRONG_PASSWORD } from "./request-email-change.ts";
import { resolveCurrentUser } from "./resolve-current-user.ts";
import { setPasswordWithToken } from "./set-password-with-token.ts";
import { signUp, SIGN_UP_ANSWER_FLOOR_MS } from "./sign-up.ts";
import { EMAIL_LINK_MESSAGES, verifyEmailWithToken } from "./verify-email.ts";

useTestDatabase();
const BASE = "http://accord.test";
const PASSWORD = "a long enough passphrase";
const opts = () => ({ ip: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, baseUrl: BASE });

beforeAll(async () => {
  await seedDemoEvent();
  await db().event.update({ where: { id: DEMO_EVENT_ID }, data: { endDate: new Date("2099-12-31T00:00:00Z") }, select: { id: true } });
});

async function lastMail(email: string) {
  return db().mailMessage.findFirstOrThrow({ where: { toEmail: email }, orderBy: { createdAt: "desc" } });
}
const tokenIn = (text: string) => decodeURIComponent(/verify-email\?token=([^\s"&]+)/.exec(text)![1]);

async function signedIn(userId: string) {
  return (await resolveCurrentUser({ uid: userId, sid: await startAuthSession(userId) }))!;
}

describe("signing up", () => {
  it("a new address: an unverified delegate, a verification mail in the chosen language; the link verifies it once; then it can register", async () => {
    const email = `new-${uniqueSuffix()}@accord.test`;
    const t0 = Date.now();
    const answer = await signUp({ name: "Wang Fang", email: email.toUpperCase(), password: PASSWORD, locale: "zh" }, opts());
    expect(Date.now() - t0).toBeGreaterThanOrEqual(SIGN_UP_ANSWER_FLOOR_MS - 5);
    expect(answer).toEqual({ ok: true, data: { sent: true, email } });
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "DELEGATE", locale: "zh", emailVerifiedAt: null, active: true });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    const mail = await lastMail(email);
    expect(mail).toMatchObject({ kind: "verify-email", locale: "zh", subject: "确认您在 Accord 的电子邮件地址" });

    const actor = await signedIn(user.id);
    const before = await db().registration.count();
    expect(await registerForEvent(actor, { eventSlug: DEMO_SLUG, venueId: "demo-venue-tokyo" })).toMatchObject({
      ok: false,
      message: REGISTRATION_MESSAGES.unverified,
    });
    expect(await db().registration.count()).toBe(before);

    const token = tokenIn(mail.text);
    // An email link is no password link: the set-password form refuses it and changes nothing.
    expect(await setPasswordWithToken({ token, password: "another passphrase", confirm: "another passphrase" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await verifyEmailWithToken({ token })).toEqual({ ok: true, data: { email, changed: false } });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    expect(await verifyEmailWithToken({ token })).toMatchObject({ ok: false, message: EMAIL_LINK_MESSAGES.used });
    expect(await registerForEvent(actor, { eventSlug: DEMO_SLUG, venueId: "demo-venue-tokyo" })).toMatchObject({
      ok: true,
      data: { status: "CONFIRMED" },
    });
  });

  it("a known address: the same answer, no new account, nothing changed, and an 'you already have an account' mail in the account's language", async () => {
    const known = await createUser(db(), { email: `known-${uniqueSuffix()}@accord.test`, locale: "ja" });
    const before = await db().user.findUniqueOrThrow({ where: { id: known.id } });
    const users = await db().user.count();
    const answer = await signUp({ name: "Someone Else", email: known.email, password: PASSWORD, locale: "en" }, opts());
    expect(answer).toEqual({ ok: true, data: { sent: true, email: known.email } });
    expect(await db().user.count()).toBe(users);
    expect(await db().user.findUniqueOrThrow({ where: { id: known.id } })).toEqual(before);
    expect(await lastMail(known.email)).toMatchObject({
      kind: "account-exists",
      locale: "ja",
      subject: "Accord のアカウントはすでにあります",
    });
  });

  it("bad input gets field errors and writes nothing", async () => {
    const [users, mails] = [await db().user.count(), await db().mailMessage.count()];
    const answer = await signUp({ name: "", email: "nope", password: "short", locale: "fr" }, opts());
    expect(answer).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        name: [{ code: "account.enterName" }],
        email: [{ code: "signIn.enterValidEmailAddress" }],
        password: [{ code: "passwordLink.useAtLeastCharacters", values: { min: 10 } }],
        locale: expect.any(Array),
      },
    });
    expect([await db().user.count(), await db().mailMessage.count()]).toEqual([users, mails]);
  });

  it("is throttled per address like password resets: the 6th try in the window is refused and sends nothing", async () => {
    const email = `throttle-${uniqueSuffix()}@accord.test`;
    for (let i = 0; i < 5; i++) expect((await signUp({ name: "T", email, password: PASSWORD, locale: "en" }, opts())).ok).toBe(true);
    const mails = await db().mailMessage.count({ where: { toEmail: email } });
    expect(await signUp({ name: "T", email, password: PASSWORD, locale: "en" }, opts())).toMatchObject({
      ok: false,
      message: SIGN_IN_MESSAGES.tooManyAttempts,
    });
    expect(await db().mailMessage.count({ where: { toEmail: email } })).toBe(mails);
  });
});

describe("an event by invitation only", () => {
  it("refuses self-service registration and writes nothing", async () => {
    const user = await createUser(db());
    await db().event.update({ where: { id: DEMO_EVENT_ID }, data: { publicSignUp: false } });
    try {
      const before = await db().registration.count();
      expect(await registerForEvent(await signedIn(user.id), { eventSlug: DEMO_SLUG, venueId: "demo-venue-tokyo" })).toMatchObject({
        ok: false,
        message: REGISTRATION_MESSAGES.invitationOnly,
      });
      expect(await db().registration.count()).toBe(before);
    } finally {
      await db().event.update({ where: { id: DEMO_EVENT_ID }, data: { publicSignUp: true } });
    }
  });
});

describe("changing one's email", () => {
  it("mails a link to the new address; the old address stays until it is used; then the account has the new one", async () => {
    const user = await createUser(db(), { email: `old-${uniqueSuffix()}@accord.test` });
    const actor = await signedIn(user.id);
    const next = `new-${uniqueSuffix()}@accord.test`;
    expect(await requestEmailChange(actor, { email: next, password: user.password }, { baseUrl: BASE })).toEqual({
      ok: true,
      data: { sent: true, email: next },
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    const mail = await lastMail(next);
    expect(mail.kind).toBe("change-email");
    expect(await verifyEmailWithToken({ token: tokenIn(mail.text) })).toEqual({ ok: true, data: { email: next, changed: true } });
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, version: true } })).toEqual({
      email: next,
      version: 2,
    });
    expect(await db().auditLog.count({ where: { entityId: user.id, action: "email.change" } })).toBe(1);
  });

  it("a wrong password changes nothing and sends nothing; an address in use gets the same answer and no link", async () => {
    const user = await createUser(db());
    const other = await createUser(db());
    const actor = await signedIn(user.id);
    const mails = await db().mailMessage.count();
    expect(
      await requestEmailChange(actor, { email: `x-${uniqueSuffix()}@accord.test`, password: "wrong password" }, { baseUrl: BASE }),
    ).toMatchObject({ ok: false, fieldErrors: { password: [WRONG_PASSWORD] } });
    expect(await db().mailMessage.count()).toBe(mails);
    expect(await requestEmailChange(actor, { email: other.email, password: user.password }, { baseUrl: BASE })).toEqual({
      ok: true,
      data: { sent: true, email: other.email },
    });
    expect(await lastMail(other.email)).toMatchObject({ kind: "account-exists" });
    expect(await db().userToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await requestEmailChange(null, { email: "a@b.test", password: "x" }, { baseUrl: BASE })).toMatchObject({
      code: "unauthenticated",
    });
  });
});
