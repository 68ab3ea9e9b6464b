import { beforeAll, describe, expect, it } from "vitest";
import { getPublicAgenda } from "@/server/agenda/get-public-agenda";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { changeEventStatus } from "./events/change-event-status.ts";
import { createOrganizerWorld, expectOk, type OrganizerWorld } from "./testing/organizer-world.ts";
import { updateVenue } from "./venues/update-venue.ts";

// The public agenda is cached per event; every organizer write must make its change
// visible on the next public request, not after the cache's expiry.
useTestDatabase();
let w: OrganizerWorld;
beforeAll(async () => {
  w = await createOrganizerWorld();
  await db().event.update({ where: { id: w.event.id }, data: { status: "PUBLISHED" } });
});

describe("organizer writes refresh the cached public agenda", () => {
  it("shows a renamed venue on the next request", async () => {
    const before = await getPublicAgenda(w.event.slug);
    expect(before).not.toBeNull();
    const venue = await db().venue.findUniqueOrThrow({
      where: { id: w.tokyo.id },
      select: { version: true, kind: true, timeZone: true, country: true },
    });
    expectOk(
      await updateVenue(w.actors.member, {
        venueId: w.tokyo.id,
        version: venue.version,
        kind: venue.kind,
        name: { en: "Tokyo International Forum" },
        city: { en: "Tokyo" },
        country: venue.country ?? "JP",
        timeZone: venue.timeZone,
      }),
    );
    const after = await getPublicAgenda(w.event.slug);
    expect(JSON.stringify(after)).toContain("Tokyo International Forum");
  });

  it("hides an unpublished event on the next request", async () => {
    expect(await getPublicAgenda(w.event.slug)).not.toBeNull();
    const { version } = await db().event.findUniqueOrThrow({ where: { id: w.event.id }, select: { version: true } });
    expectOk(await changeEventStatus(w.actors.member, { eventId: w.event.id, version, action: "unpublish" }));
    expect(await getPublicAgenda(w.event.slug)).toBeNull();
  });
});
