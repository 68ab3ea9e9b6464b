import { beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { startAuthSession } from "./auth-sessions.ts";
import { can } from "../access/policy.ts";
import { getCurrentUser } from "./current-user.ts";
import { addMembership, createTestEvent, createTestOrganization, createTestUser } from "./test-fixtures.ts";

// The wrappers read the session through next-auth; here the session is whatever the test says.
const session = vi.hoisted(() => ({ claims: null as null | { uid: string; sid: string }, options: undefined as unknown }));
vi.mock("next-auth/next", () => ({
  getServerSession: vi.fn(async (options: { callbacks: { session: (p: { token: unknown }) => unknown } }) => {
    session.options = options;
    return session.claims ? options.callbacks.session({ token: { ...session.claims, sub: session.claims.uid } }) : null;
  }),
}));

// The request's headers: a plain page load unless a test says otherwise.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: vi.fn(async () => request.headers) }));

useTestDatabase();

beforeEach(() => {
  session.claims = null;
  request.headers = new Headers({ host: "127.0.0.1:3000" });
});

describe("current-user wrappers", () => {
  it("anonymous: null user, who may read only what the public sees", async () => {
    expect(await getCurrentUser()).toBeNull();
    expect(can(await getCurrentUser(), "public.read")).toBe(true);
    expect(can(await getCurrentUser(), "reader.own")).toBe(false);
  });

  it("reads the session's claims and the database on every call", async () => {
    const org = await createTestOrganization();
    const event = await createTestEvent(org.id);
    const user = await createTestUser({ role: "ORGANIZER" });
    await addMembership(user.id, org.id);
    session.claims = { uid: user.id, sid: await startAuthSession(user.id) };

    const target = { organizationId: event.organizationId };
    expect(await getCurrentUser()).toMatchObject({
      id: user.id,
      role: "ORGANIZER",
      memberships: [{ organizationId: org.id, role: "ORGANIZER" }],
    });
    expect(can(await getCurrentUser(), "programme.manage", target)).toBe(true);

    await db().membership.deleteMany({ where: { userId: user.id } });
    expect(can(await getCurrentUser(), "programme.manage", target)).toBe(false);
    await db().authSession.deleteMany({ where: { userId: user.id } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("passes next-auth the app's secret and a claims-only session callback", async () => {
    await getCurrentUser();
    expect(session.options).toMatchObject({ secret: process.env.NEXTAUTH_SECRET, session: { strategy: "jwt" } });
  });

  it("a server action whose Origin is missing or foreign gets no user, a same-origin one does", async () => {
    const user = await createTestUser({ role: "ORGANIZER" });
    session.claims = { uid: user.id, sid: await startAuthSession(user.id) };
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const action = (origin?: string) =>
      new Headers({ host: "127.0.0.1:3000", "next-action": "7f00aa", "content-type": "text/plain", ...(origin ? { origin } : {}) });

    request.headers = action();
    expect(await getCurrentUser()).toBeNull();
    request.headers = action("https://evil.example");
    expect(await getCurrentUser()).toBeNull();
    request.headers = action("http://127.0.0.1:3000");
    expect((await getCurrentUser())?.id).toBe(user.id);
  });
});
