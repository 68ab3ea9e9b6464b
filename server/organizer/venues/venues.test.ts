import { beforeAll, describe, expect, it } from "vitest";
import { createSession } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import {
  createOrganizerWorld,
  expectOk,
  expectOutsidersRefused,
  snapshotDatabase,
  type OrganizerWorld,
} from "../testing/organizer-world.ts";
import { createVenue } from "./create-venue.ts";
import { deleteVenue } from "./delete-venue.ts";
import { updateVenue } from "./update-venue.ts";
import { inEnglish } from "@/server/testing/in-english";

useTestDatabase();
let w: OrganizerWorld;
beforeAll(async () => {
  w = await createOrganizerWorld();
});

const osakaForm = (over: Record<string, unknown> = {}) => ({
  kind: "PHYSICAL",
  name: { en: "Osaka venue", ja: "大阪会場" },
  city: { en: "Osaka", ja: "大阪" },
  country: "JP",
  timeZone: "Asia/Tokyo",
  capacity: "80",
  ...over,
});

describe("createVenue", () => {
  it("adds a venue at the end of the event's list with an audit row", async () => {
    const { id } = expectOk(await createVenue(w.actors.member, { eventId: w.event.id, ...osakaForm() }));
    const venue = await db().venue.findUniqueOrThrow({
      where: { id },
      select: { timeZone: true, capacity: true, position: true, address: true },
    });
    expect(venue).toEqual({ timeZone: "Asia/Tokyo", capacity: 80, position: 4, address: null });
    expect(await db().auditLog.count({ where: { entityId: id, action: "create", eventId: w.event.id } })).toBe(1);
  });

  it("creates an online channel with interpretation links per language", async () => {
    const { id } = expectOk(
      await createVenue(w.actors.admin, {
        eventId: w.event.id,
        kind: "ONLINE",
        name: { en: "Cloud" },
        timeZone: "Asia/Shanghai",
        platform: "Zoom",
        streamUrl: "https://live.example.org/x",
        interpretationUrls: { ja: "https://live.example.org/x/ja", zh: "" },
      }),
    );
    expect(await db().venue.findUniqueOrThrow({ where: { id }, select: { interpretationUrls: true } })).toEqual({
      interpretationUrls: { ja: "https://live.example.org/x/ja" },
    });
  });

  it("refuses outsiders and another organization's event", async () => {
    await expectOutsidersRefused(w, (actor) => createVenue(actor, { eventId: w.event.id, ...osakaForm() }));
    const before = await snapshotDatabase();
    expect(await createVenue(w.actors.member, { eventId: w.theirs.event.id, ...osakaForm() })).toMatchObject({ code: "not_found" });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("rejects bad zones, javascript: links and fractional capacity field by field", async () => {
    const before = await snapshotDatabase();
    const result = await createVenue(w.actors.member, {
      eventId: w.event.id,
      ...osakaForm({ timeZone: "Asia/Atlantis", streamUrl: "javascript:alert(1)", capacity: "1.5" }),
    });
    expect(result).toMatchObject({
      code: "invalid",
      fieldErrors: { timeZone: expect.any(Array), streamUrl: expect.any(Array), capacity: expect.any(Array) },
    });
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe("updateVenue", () => {
  it("saves, audits, and answers a stale version with conflict", async () => {
    const v = await db().venue.findUniqueOrThrow({ where: { id: w.osaka.id }, select: { version: true } });
    expectOk(await updateVenue(w.actors.member, { venueId: w.osaka.id, version: v.version, ...osakaForm({ capacity: 90 }) }));
    const before = await snapshotDatabase();
    expect(await updateVenue(w.actors.member, { venueId: w.osaka.id, version: v.version, ...osakaForm({ capacity: 95 }) })).toMatchObject({
      code: "conflict",
    });
    expect(await snapshotDatabase()).toEqual(before);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entityId: w.osaka.id, action: "update" },
      select: { before: true, after: true },
    });
    expect(audit).toMatchObject({ after: { capacity: 90 } });
  });

  it("refuses outsiders and invalid input without writing", async () => {
    const v = await db().venue.findUniqueOrThrow({ where: { id: w.osaka.id }, select: { version: true } });
    await expectOutsidersRefused(w, (actor) => updateVenue(actor, { venueId: w.osaka.id, version: v.version, ...osakaForm() }));
    expect(await updateVenue(w.actors.member, { venueId: w.osaka.id, version: v.version, ...osakaForm({ name: {} }) })).toMatchObject({
      code: "invalid",
    });
    expect(await updateVenue(w.actors.member, { venueId: w.theirs.tokyo.id, version: 1, ...osakaForm() })).toMatchObject({
      code: "not_found",
    });
  });
});

describe("deleteVenue", () => {
  it("deletes an unused venue with an audit row, refuses one that hosts sessions", async () => {
    const { id } = expectOk(await createVenue(w.actors.member, { eventId: w.event.id, ...osakaForm() }));
    await expectOutsidersRefused(w, (actor) => deleteVenue(actor, { venueId: id, version: 1 }));
    expect(await deleteVenue(w.actors.member, { venueId: id, version: 7 })).toMatchObject({ code: "conflict" });
    expectOk(await deleteVenue(w.actors.member, { venueId: id, version: 1 }));
    expect(await db().venue.count({ where: { id } })).toBe(0);
    expect(await db().auditLog.findFirst({ where: { entityId: id, action: "delete" }, select: { before: true } })).toMatchObject({
      before: { id },
    });

    await createSession(db(), { eventId: w.event.id, hostVenueId: w.jinan.id });
    const before = await snapshotDatabase();
    expect(inEnglish(await deleteVenue(w.actors.member, { venueId: w.jinan.id, version: 1 }))).toMatchObject({
      code: "invalid",
      fieldErrors: { venueId: [expect.stringMatching(/hosts 1 session/)] },
    });
    expect(await snapshotDatabase()).toEqual(before);
  });
});
