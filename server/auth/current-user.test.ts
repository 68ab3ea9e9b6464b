import { beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { startAuthSession } from "./auth-sessions.ts";
import {
  AuthError,
  getCurrentUser,
  requireEventAccess,
  requireOrganizationAccess,
  requireRole,
  requireUser,
} from "./current-user.ts";
import { addMembership, createTestEvent, createTestOrganization, createTestUser } from "./test-fixtures.ts";

// The wrappers read the session through next-auth; here the session is whatever the test says.
const session = vi.hoisted(() => ({ claims: null as null | { uid: string; sid: string }, options: undefined as unknown }));
vi.mock("next-auth/next", () => ({
  getServerSession: vi.fn(async (options: { callbacks: { session: (p: { token: unknown }) => unknown } }) => {
    session.options = options;
    return session.claims ? options.callbacks.session({ token: { ...session.claims, sub: session.claims.uid } }) : null;
  }),
}));

useTestDatabase();

beforeEach(() => {
  session.claims = null;
});

describe("current-user wrappers", () => {
  it("anonymous: null user and unauthenticated guards", async () => {
    expect(await getCurrentUser()).toBeNull();
    await expect(requireUser()).rejects.toMatchObject({ kind: "unauthenticated" });
    await expect(requireRole("ADMIN")).rejects.toBeInstanceOf(AuthError);
  });

  it("reads the session's claims and the database on every call", async () => {
    const org = await createTestOrganization();
    const event = await createTestEvent(org.id);
    const user = await createTestUser({ role: "ORGANIZER" });
    await addMembership(user.id, org.id);
    session.claims = { uid: user.id, sid: await startAuthSession(user.id) };

    expect((await requireUser()).id).toBe(user.id);
    expect((await requireRole("ORGANIZER")).organizationIds).toEqual([org.id]);
    expect((await requireOrganizationAccess(org.id)).id).toBe(user.id);
    expect(await requireEventAccess(event.id)).toMatchObject({ id: event.id, organizationId: org.id, user: { id: user.id } });

    await db().membership.deleteMany({ where: { userId: user.id } });
    await expect(requireEventAccess(event.id)).rejects.toMatchObject({ kind: "not_found" });
    await db().authSession.deleteMany({ where: { userId: user.id } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("passes next-auth the app's secret and a claims-only session callback", async () => {
    await getCurrentUser();
    expect(session.options).toMatchObject({ secret: process.env.NEXTAUTH_SECRET, session: { strategy: "jwt" } });
  });
});
