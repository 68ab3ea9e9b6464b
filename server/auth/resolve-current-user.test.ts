import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { endAllAuthSessions, endAuthSession, STAFF_IDLE_TIMEOUT_MS, startAuthSession } from "./auth-sessions.ts";
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
      sessionId: claims.sid,
    });
  });

  it("returns null for the same claims once the AuthSession is deleted (sign-out)", async () => {
    const { claims } = await signIn();
    await endAuthSession(claims.sid);
    expect(await resolveCurrentUser(claims)).toBeNull();
  });

  it("returns null after signing out everywhere, or when the session has expired", async () => {
    // A delegate: organizer and admin sessions end earlier when idle (below).
    const { user, claims } = await signIn("DELEGATE");
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

describe("idle timeout for organizer and admin sessions", () => {
  const HOUR = 3600 * 1000;
  const lastSeen = async (sid: string) =>
    (await db().authSession.findUniqueOrThrow({ where: { id: sid }, select: { lastSeenAt: true } })).lastSeenAt;

  it("ends an organizer's or admin's session idle for longer than 8 hours, and deletes it", async () => {
    for (const role of ["ORGANIZER", "ADMIN"] as const) {
      const { claims } = await signIn(role);
      const start = await lastSeen(claims.sid);
      expect(await resolveCurrentUser(claims, new Date(start.getTime() + STAFF_IDLE_TIMEOUT_MS))).not.toBeNull();
      const afterActivity = await lastSeen(claims.sid);
      expect(afterActivity.getTime()).toBe(start.getTime() + STAFF_IDLE_TIMEOUT_MS);
      expect(await resolveCurrentUser(claims, new Date(afterActivity.getTime() + STAFF_IDLE_TIMEOUT_MS + 1))).toBeNull();
      expect(await db().authSession.count({ where: { id: claims.sid } })).toBe(0);
    }
  });

  it("keeps a working organizer signed in: each request (at most once a minute) moves the idle clock", async () => {
    const { claims } = await signIn("ORGANIZER");
    const start = (await lastSeen(claims.sid)).getTime();
    for (let h = 7; h <= 70; h += 7) expect(await resolveCurrentUser(claims, new Date(start + h * HOUR))).not.toBeNull();
    // Two requests within a minute write once.
    const t = start + 70 * HOUR + 30_000;
    await resolveCurrentUser(claims, new Date(t));
    expect((await lastSeen(claims.sid)).getTime()).toBe(start + 70 * HOUR);
  });

  it("keeps a delegate's session for its full lifetime however idle", async () => {
    const { claims } = await signIn("DELEGATE");
    const start = (await lastSeen(claims.sid)).getTime();
    expect(await resolveCurrentUser(claims, new Date(start + 20 * 24 * HOUR))).not.toBeNull();
  });
});
