import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { endAllAuthSessions, endAuthSession, startAuthSession } from "./auth-sessions.ts";
import { can } from "../access/policy.ts";
import { resolveCurrentUser } from "./resolve-current-user.ts";
import { createTestUser } from "./test-fixtures.ts";

useTestDatabase();

async function signIn(role: "ADMIN" | "ORGANIZER" | "DELEGATE" = "ORGANIZER") {
  const user = await createTestUser({ role, name: "Kenji" });
  const sid = await startAuthSession(user.id);
  return { user, claims: { uid: user.id, sid } };
}

describe("resolveCurrentUser", () => {
  it("resolves valid claims to the user's current row", async () => {
    const { user, claims } = await signIn("ADMIN");
    expect(await resolveCurrentUser(claims)).toEqual({
      id: user.id,
      email: user.email,
      name: "Kenji",
      role: "ADMIN",
      memberships: [],
    });
  });

  it("returns null for the same claims once the AuthSession is deleted (sign-out)", async () => {
    const { claims } = await signIn();
    await endAuthSession(claims.sid);
    expect(await resolveCurrentUser(claims)).toBeNull();
  });

  it("returns null after signing out everywhere, or when the session has expired", async () => {
    const { user, claims } = await signIn();
    const session = await db().authSession.findUniqueOrThrow({ where: { id: claims.sid } });
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(30 * 24 * 3600 * 1000);
    expect(await resolveCurrentUser(claims, new Date(session.expiresAt.getTime() - 1))).not.toBeNull();
    expect(await resolveCurrentUser(claims, session.expiresAt)).toBeNull();
    await endAllAuthSessions(user.id);
    expect(await resolveCurrentUser(claims)).toBeNull();
  });

  it("clears a user's expired sessions when they sign in again", async () => {
    const { user } = await signIn();
    const old = await startAuthSession(user.id, new Date(Date.now() - 31 * 24 * 3600 * 1000));
    const fresh = await startAuthSession(user.id);
    expect(await db().authSession.count({ where: { id: old } })).toBe(0);
    expect(await db().authSession.count({ where: { userId: user.id } })).toBe(2); // the first and the fresh one
    expect(fresh).not.toBe(old);
  });

  it("returns null once the user is deactivated", async () => {
    const { user, claims } = await signIn();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await resolveCurrentUser(claims)).toBeNull();
  });

  it("applies a role demotion on the next resolution", async () => {
    const { user, claims } = await signIn("ADMIN");
    expect(can(await resolveCurrentUser(claims), "record.write", { organizationId: "any" })).toBe(true);
    await db().user.update({ where: { id: user.id }, data: { role: "DELEGATE" } });
    const next = await resolveCurrentUser(claims);
    expect(next?.role).toBe("DELEGATE");
    expect(can(next, "record.write", { organizationId: "any" })).toBe(false);
  });

  it("rejects claims whose session belongs to someone else, and malformed claims", async () => {
    const a = await signIn();
    const b = await signIn();
    expect(await resolveCurrentUser({ uid: a.user.id, sid: b.claims.sid })).toBeNull();
    expect(await resolveCurrentUser(null)).toBeNull();
    expect(await resolveCurrentUser({})).toBeNull();
    expect(await resolveCurrentUser({ uid: a.user.id, sid: 42 })).toBeNull();
    expect(await resolveCurrentUser({ uid: a.user.id, sid: "does-not-exist" })).toBeNull();
  });
});
