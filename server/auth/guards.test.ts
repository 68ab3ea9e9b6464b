import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import type { Role } from "../db/generated/client.ts";
import { AuthError, type AuthErrorKind } from "./auth-error.ts";
import { startAuthSession } from "./auth-sessions.ts";
import { assertEventAccess, assertOrganizationAccess, assertRole, assertUser } from "./guards.ts";
import { resolveCurrentUser, type CurrentUser } from "./resolve-current-user.ts";
import { addMembership, createTestEvent, createTestOrganization, createTestUser } from "./test-fixtures.ts";

useTestDatabase();

type ActorName = "admin" | "organizerOfA" | "organizerOfB" | "delegate" | "anonymous";
const actors = {} as Record<ActorName, CurrentUser | null>;
let orgA: string;
let eventA: { id: string; organizationId: string };

/** Signs the user in for real (an AuthSession) and resolves them as a request would. */
async function signedIn(role: Role, organizationId?: string): Promise<CurrentUser> {
  const user = await createTestUser({ role });
  if (organizationId) await addMembership(user.id, organizationId);
  const actor = await resolveCurrentUser({ uid: user.id, sid: await startAuthSession(user.id) });
  if (!actor) throw new Error("fixture user did not resolve");
  return actor;
}

beforeAll(async () => {
  orgA = (await createTestOrganization("org-a")).id;
  const orgB = (await createTestOrganization("org-b")).id;
  eventA = await createTestEvent(orgA);
  actors.admin = await signedIn("ADMIN");
  actors.organizerOfA = await signedIn("ORGANIZER", orgA);
  actors.organizerOfB = await signedIn("ORGANIZER", orgB);
  // A delegate who somehow has a membership still gets nothing: access follows the role.
  actors.delegate = await signedIn("DELEGATE", orgA);
  actors.anonymous = null;
});

async function outcome(run: () => unknown): Promise<"allow" | AuthErrorKind> {
  try {
    await run();
    return "allow";
  } catch (error) {
    if (error instanceof AuthError) return error.kind;
    throw error;
  }
}

type Case = { guard: string; run: (actor: CurrentUser | null) => unknown; expected: Record<ActorName, "allow" | AuthErrorKind> };

const cases: Case[] = [
  {
    guard: "requireUser",
    run: (a) => assertUser(a),
    expected: { admin: "allow", organizerOfA: "allow", organizerOfB: "allow", delegate: "allow", anonymous: "unauthenticated" },
  },
  {
    guard: "requireRole(ADMIN)",
    run: (a) => assertRole(a, "ADMIN"),
    expected: { admin: "allow", organizerOfA: "forbidden", organizerOfB: "forbidden", delegate: "forbidden", anonymous: "unauthenticated" },
  },
  {
    guard: "requireRole(ADMIN, ORGANIZER)",
    run: (a) => assertRole(a, "ADMIN", "ORGANIZER"),
    expected: { admin: "allow", organizerOfA: "allow", organizerOfB: "allow", delegate: "forbidden", anonymous: "unauthenticated" },
  },
  {
    guard: "requireOrganizationAccess(A)",
    run: (a) => assertOrganizationAccess(a, orgA),
    expected: { admin: "allow", organizerOfA: "allow", organizerOfB: "not_found", delegate: "not_found", anonymous: "unauthenticated" },
  },
  {
    guard: "requireEventAccess(event of A)",
    run: (a) => assertEventAccess(a, eventA.id),
    expected: { admin: "allow", organizerOfA: "allow", organizerOfB: "not_found", delegate: "not_found", anonymous: "unauthenticated" },
  },
  {
    guard: "requireEventAccess(missing event)",
    run: (a) => assertEventAccess(a, "no-such-event"),
    expected: { admin: "not_found", organizerOfA: "not_found", organizerOfB: "not_found", delegate: "not_found", anonymous: "unauthenticated" },
  },
];

describe.each(cases)("$guard", ({ run, expected }) => {
  it.each(Object.keys(expected) as ActorName[])("%s", async (name) => {
    expect(await outcome(() => run(actors[name]))).toBe(expected[name]);
  });
});

describe("guard results", () => {
  it("requireEventAccess returns only the event's id and organization", async () => {
    expect(await assertEventAccess(actors.organizerOfA, eventA.id)).toEqual({ id: eventA.id, organizationId: orgA });
  });

  it("the resolved user carries minimal fields and membership ids", () => {
    expect(Object.keys(actors.organizerOfA!).sort()).toEqual(["email", "id", "name", "organizationIds", "role"]);
    expect(actors.organizerOfA!.organizationIds).toEqual([orgA]);
    expect(actors.admin!.organizationIds).toEqual([]);
  });
});
