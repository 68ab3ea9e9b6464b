import { beforeAll, describe, expect, it } from "vitest";
import { EventStatus } from "@/server/db/generated/enums";
import { db } from "@/server/db/client";
import { createMatrixWorld, type MatrixWorld } from "@/server/authorization-matrix/world";
import { useTestDatabase } from "@/server/testing/test-database";
import { createMultiVenueEvent, createUser } from "@/prisma/seed/factories";
import { startAuthSession } from "@/server/auth/auth-sessions";
import { resolveCurrentUser } from "@/server/auth/resolve-current-user";
import { gateFor, isDenied } from "./authorize.ts";
import { findManagedEvent } from "./find-managed-event.ts";
import { ACCESS_ROLES, can, POLICY, roleOf, type AccessAction, type AccessRole } from "./policy.ts";
import { isPublicEventStatus, publicEventWhere } from "./public-event.ts";
import { inEnglish } from "@/server/testing/in-english";

// The policy's answers, through the same calls the server functions make, for callers signed
// in for real. The expectations name the outcome kind, which the matrix (allowed or refused)
// does not: who gets "not found", who "forbidden", and that VIEWER members only read.

useTestDatabase();

let w: MatrixWorld;
let eventId: string;
beforeAll(async () => {
  w = await createMatrixWorld();
  eventId = (await w.event({ status: "DRAFT" })).event.id;
});

type Answer = "allow" | "unauthenticated" | "forbidden" | "not_found";
async function answer(role: AccessRole, action: AccessAction, id = eventId): Promise<Answer> {
  const result = await findManagedEvent(w.actors[role], action, id);
  return "ok" in result ? result.code : "allow";
}

const EXPECTED: Record<
  Exclude<AccessAction, "public.read" | "reader.own" | "workspace.enter" | "admin.manage" | "checkin.scan">,
  Record<AccessRole, Answer>
> = {
  "internal.read": {
    admin: "allow",
    owner: "allow",
    member: "allow",
    viewer: "allow",
    outsider: "not_found",
    delegate: "forbidden",
    steward: "forbidden",
    anonymous: "unauthenticated",
  },
  // A saved view of the ledger is the caller's own; at the organization level the staff pass.
  "ledger.views": {
    admin: "allow",
    owner: "allow",
    member: "allow",
    viewer: "allow",
    outsider: "not_found",
    delegate: "forbidden",
    steward: "forbidden",
    anonymous: "unauthenticated",
  },
  "programme.manage": {
    admin: "allow",
    owner: "allow",
    member: "allow",
    viewer: "forbidden",
    outsider: "not_found",
    delegate: "forbidden",
    steward: "forbidden",
    anonymous: "unauthenticated",
  },
  "record.write": {
    admin: "allow",
    owner: "allow",
    member: "forbidden",
    viewer: "forbidden",
    outsider: "not_found",
    delegate: "forbidden",
    steward: "forbidden",
    anonymous: "unauthenticated",
  },
  "people.invite": {
    admin: "allow",
    owner: "allow",
    member: "forbidden",
    viewer: "forbidden",
    outsider: "not_found",
    delegate: "forbidden",
    steward: "forbidden",
    anonymous: "unauthenticated",
  },
  "followup.write": {
    admin: "allow",
    owner: "allow",
    member: "allow",
    viewer: "forbidden",
    outsider: "not_found",
    delegate: "forbidden",
    steward: "forbidden",
    anonymous: "unauthenticated",
  },
};

describe.each(Object.entries(EXPECTED))("findManagedEvent(%s) on a draft event of the organization", (action, expected) => {
  it.each(ACCESS_ROLES)("%s", async (role) => {
    expect(await answer(role, action as AccessAction)).toBe(expected[role]);
  });
});

describe("the VIEWER member", () => {
  it("reads internal records but may not write programme or record", () => {
    const target = { organizationId: w.orgId };
    expect(can(w.actors.viewer, "internal.read", target)).toBe(true);
    expect(can(w.actors.viewer, "programme.manage", target)).toBe(false);
    expect(can(w.actors.viewer, "record.write", target)).toBe(false);
  });

  it("is refused programme writes before any record is read when it is their only membership", () => {
    expect(gateFor(w.actors.viewer, "programme.manage")).toMatchObject({ denied: { code: "forbidden" } });
    expect(gateFor(w.actors.viewer, "internal.read")).toEqual({ actor: w.actors.viewer });
  });
});

describe("not found", () => {
  it("a missing event answers exactly like another organization's", async () => {
    const other = (await createMultiVenueEvent(db(), { orgId: w.otherOrgId })).event.id;
    for (const role of ["admin", "owner", "outsider"] as const) {
      const missing = await findManagedEvent(w.actors[role], "internal.read", "no-such-event");
      expect(isDenied(missing) && inEnglish(missing)).toEqual({ ok: false, code: "not_found", message: "Event not found." });
    }
    expect(await findManagedEvent(w.actors.owner, "internal.read", other)).toEqual(
      await findManagedEvent(w.actors.owner, "internal.read", "no-such-event"),
    );
  });

  it("a delegate who somehow holds a membership still reaches nothing: access follows the user role", async () => {
    const user = await createUser(db(), { role: "DELEGATE", orgId: w.orgId, memberRole: "OWNER" });
    const delegate = await resolveCurrentUser({ uid: user.id, sid: await startAuthSession(user.id) });
    expect(roleOf(delegate, { organizationId: w.orgId })).toBe("delegate");
    expect(await findManagedEvent(delegate, "internal.read", eventId)).toMatchObject({ code: "forbidden" });
  });
});

describe("the public-event rule", () => {
  it("publicEventWhere() and isPublicEventStatus() agree on every status, and drafts and archives stay hidden", async () => {
    const shown = await db().event.findMany({ where: { ...publicEventWhere(), organizationId: w.orgId }, select: { id: true } });
    expect(shown.map((e) => e.id)).not.toContain(eventId);
    const statuses = Object.values(EventStatus);
    expect(statuses.filter(isPublicEventStatus)).toEqual(publicEventWhere().status.in);
    expect(isPublicEventStatus("DRAFT") || isPublicEventStatus("ARCHIVED")).toBe(false);
  });
});

describe("the table", () => {
  it("gives every action to the admin and keeps anonymous callers to public reads", () => {
    for (const action of Object.keys(POLICY) as AccessAction[]) {
      expect(can(w.actors.admin, action, { organizationId: w.orgId }), action).toBe(true);
      expect(can(null, action), action).toBe(action === "public.read");
    }
  });
});
