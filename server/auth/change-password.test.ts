import { describe, expect, it } from "vitest";
import { createUser } from "@/prisma/seed/factories";
import { SIGN_IN_MESSAGES } from "@/lib/validation/sign-in-schema";
import { db } from "../db/client.ts";
import { inEnglish } from "../testing/in-english.ts";
import { useTestDatabase } from "../testing/test-database.ts";
import { startAuthSession } from "./auth-sessions.ts";
import { changePassword } from "./change-password.ts";
import { verifyPassword } from "./password.ts";
import { WRONG_PASSWORD } from "./request-email-change.ts";
import { resolveCurrentUser } from "./resolve-current-user.ts";

useTestDatabase();
const BASE = "http://accord.test";
const NEW_PASSWORD = "a different long passphrase";

async function signedIn(userId: string) {
  return (await resolveCurrentUser({ uid: userId, sid: await startAuthSession(userId) }))!;
}

async function state(userId: string) {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, version: true } });
  return {
    ...user,
    sessions: await db().authSession.count({ where: { userId } }),
    audits: await db().auditLog.count({ where: { entityId: userId, action: "password.changed" } }),
    mails: await db().mailMessage.count({ where: { kind: "password-changed" } }),
  };
}

describe("changing one's password", () => {
  it("replaces the hash, keeps this session, ends the others, audits and sends a notice with a link to choose another", async () => {
    const user = await createUser(db());
    const other = await signedIn(user.id); // another device
    const here = await signedIn(user.id);
    const before = await state(user.id);
    const result = await changePassword(
      here,
      { currentPassword: user.password, password: NEW_PASSWORD, confirm: NEW_PASSWORD },
      { baseUrl: BASE },
    );
    expect(result).toEqual({ ok: true, data: { changed: true, sessionsEnded: 1 } });

    const after = await state(user.id);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash, user.password)).toBe(false);
    expect(after.version).toBe(before.version + 1);
    expect(after.sessions).toBe(1);
    expect(await db().authSession.findUnique({ where: { id: here.sessionId! } })).not.toBeNull();
    expect(await resolveCurrentUser({ uid: user.id, sid: other.sessionId })).toBeNull(); // the other device is signed out
    expect(after.audits).toBe(1);
    const mail = await db().mailMessage.findFirstOrThrow({ where: { toEmail: user.email, kind: "password-changed" } });
    expect(mail.text).toContain(`${BASE}/forgot-password`);
    expect(mail.subject).toBe("Your Accord password was changed");
  });

  it("a wrong current password, a short or mismatched new one, or the same one again change nothing", async () => {
    const user = await createUser(db());
    const actor = await signedIn(user.id);
    await signedIn(user.id);
    const before = await state(user.id);
    const tries: [Record<string, string>, Record<string, string[]>][] = [
      [
        { currentPassword: "not my password", password: NEW_PASSWORD, confirm: NEW_PASSWORD },
        { currentPassword: [WRONG_PASSWORD as never] },
      ],
      [{ currentPassword: user.password, password: "short", confirm: "short" }, { password: ["Use at least 10 characters"] }],
      [
        { currentPassword: user.password, password: NEW_PASSWORD, confirm: "something else" },
        { confirm: ["The two passwords do not match"] },
      ],
      [
        { currentPassword: user.password, password: user.password, confirm: user.password },
        { password: ["Choose a password different from your current one"] },
      ],
    ];
    for (const [input, fieldErrors] of tries) {
      const result = await changePassword(actor, input, { baseUrl: BASE });
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (fieldErrors.currentPassword) expect(result).toMatchObject({ fieldErrors });
      else expect(inEnglish(result)).toMatchObject({ code: "invalid", fieldErrors });
    }
    expect(await state(user.id)).toEqual(before);
  });

  it("is for a signed-in user only, and throttles guessing the current password", async () => {
    expect(
      await changePassword(null, { currentPassword: "x", password: NEW_PASSWORD, confirm: NEW_PASSWORD }, { baseUrl: BASE }),
    ).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    const user = await createUser(db());
    const actor = await signedIn(user.id);
    const answers = [];
    for (let i = 0; i < 7; i++)
      answers.push(
        await changePassword(actor, { currentPassword: `guess ${i}`, password: NEW_PASSWORD, confirm: NEW_PASSWORD }, { baseUrl: BASE }),
      );
    expect(answers.at(-1)).toMatchObject({ ok: false, fieldErrors: { _form: [SIGN_IN_MESSAGES.tooManyAttempts] } });
    // Even the right password is refused while throttled, and nothing changed.
    const before = await state(user.id);
    expect(
      await changePassword(actor, { currentPassword: user.password, password: NEW_PASSWORD, confirm: NEW_PASSWORD }, { baseUrl: BASE }),
    ).toMatchObject({ ok: false, fieldErrors: { _form: [SIGN_IN_MESSAGES.tooManyAttempts] } });
    expect(await state(user.id)).toEqual(before);
  });
});
