import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { updateVenue } from "../venues/update-venue.ts";
import { createOrganizerWorld, expectOk, expectOutsidersRefused, type OrganizerWorld } from "../testing/organizer-world.ts";
import { listAuditLog } from "./list-audit-log.ts";

useTestDatabase();
let w: OrganizerWorld;
beforeAll(async () => {
  w = await createOrganizerWorld();
  expectOk(
    await updateVenue(w.actors.member, {
      venueId: w.tokyo.id,
      version: 1,
      kind: "PHYSICAL",
      name: { en: "Tokyo hall" },
      timeZone: "Asia/Tokyo",
      capacity: 150,
    }),
  );
});

describe("listAuditLog", () => {
  it("shows the event's changes with who made them and before/after", async () => {
    const rows = expectOk(await listAuditLog(w.actors.member, { eventId: w.event.id }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      entity: "Venue",
      entityId: w.tokyo.id,
      action: "update",
      actor: { email: expect.stringContaining("@") },
      before: { capacity: 100 },
      after: { capacity: 150, name: { en: "Tokyo hall" } },
    });
    expect(rows[0].actor).not.toHaveProperty("passwordHash");
    expect(expectOk(await listAuditLog(w.actors.admin, { eventId: w.event.id }))).toHaveLength(1);
  });

  it("refuses outsiders; another organization's event is not found", async () => {
    await expectOutsidersRefused(w, (actor) => listAuditLog(actor, { eventId: w.event.id }));
    expect(await listAuditLog(w.actors.member, { eventId: w.theirs.event.id })).toMatchObject({ code: "not_found" });
    expect(await db().auditLog.count()).toBe(1);
  });
});
