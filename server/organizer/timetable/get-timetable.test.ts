import { beforeAll, describe, expect, it } from "vitest";
import { createSession } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { createOrganizerWorld, expectOk, expectOutsidersRefused, type OrganizerWorld } from "../testing/organizer-world.ts";
import { getTimetable } from "./get-timetable.ts";

useTestDatabase();
let w: OrganizerWorld;
let opening: { id: string };
beforeAll(async () => {
  w = await createOrganizerWorld();
  // 10:00–11:00 in Jinan (02:00Z), relayed to Tokyo and Osaka.
  opening = await createSession(db(), { eventId: w.event.id, hostVenueId: w.jinan.id, relayVenueIds: [w.tokyo.id, w.osaka.id] });
  // A Tokyo-only seminar at 14:00 Tokyo time (05:00Z).
  await createSession(
    db(),
    { eventId: w.event.id, hostVenueId: w.tokyo.id },
    { startsAt: new Date("2020-07-30T05:00:00Z"), endsAt: new Date("2020-07-30T06:30:00Z") },
  );
});

describe("getTimetable", () => {
  it("labels each venue column with its zone and the other venues' offsets", async () => {
    const t = expectOk(await getTimetable(w.actors.member, { eventId: w.event.id }));
    expect(t.columns.map((c) => [c.timeZone, c.offsetLabel])).toEqual([
      ["Asia/Shanghai", "UTC+8"],
      ["Asia/Tokyo", "UTC+9"],
      ["Asia/Shanghai", "UTC+8"],
      ["Asia/Tokyo", "UTC+9"],
    ]);
    expect(t.columns[1].others.map((o) => o.offsetLabel)).toEqual(["UTC+8", "UTC+8", "UTC+9"]);
    // The page asks the policy with it whether the reader gets the move controls.
    expect(t.event.organizationId).toBe(w.orgId);
  });

  it("lists each session with the venues it reaches, host first, and the rows give each venue's local time", async () => {
    const t = expectOk(await getTimetable(w.actors.member, { eventId: w.event.id }));
    const row = t.rows.find((r) => r.at === "2020-07-30T02:00:00.000Z")!;
    expect(row.local[w.jinan.id]).toBe("2020-07-30T10:00");
    expect(row.local[w.tokyo.id]).toBe("2020-07-30T11:00");
    expect(t.sessions.find((s) => s.sessionId === opening.id)).toMatchObject({
      hostVenueId: w.jinan.id,
      version: 1,
      startsAt: "2020-07-30T02:00:00.000Z",
      endsAt: "2020-07-30T03:00:00.000Z",
    });
    const reached = t.sessions.find((s) => s.sessionId === opening.id)!.venueIds;
    expect(reached[0]).toBe(w.jinan.id);
    expect(new Set(reached)).toEqual(new Set([w.jinan.id, w.tokyo.id, w.osaka.id]));
    expect(t.sessions.filter((s) => s.sessionId !== opening.id).map((s) => s.venueIds)).toEqual([[w.tokyo.id]]);
  });

  it("has a row for every slot a 90-minute session covers", async () => {
    const t = expectOk(await getTimetable(w.actors.member, { eventId: w.event.id }));
    const at = new Set(t.rows.map((r) => r.at));
    for (const slot of ["05:00", "05:30", "06:00"]) expect(at.has(`2020-07-30T${slot}:00.000Z`)).toBe(true);
  });

  it("has 30-minute rows covering the working day in the primary zone, in time order", async () => {
    const t = expectOk(await getTimetable(w.actors.member, { eventId: w.event.id }));
    expect(t.rows[0].local[w.jinan.id]).toBe("2020-07-30T08:00");
    expect(t.rows.at(-1)!.local[w.jinan.id]).toBe("2020-07-30T17:30");
    const times = t.rows.map((r) => Date.parse(r.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("refuses outsiders", async () => {
    await expectOutsidersRefused(w, (actor) => getTimetable(actor, { eventId: w.event.id }));
    expect(expectOk(await getTimetable(w.actors.admin, { eventId: w.event.id })).columns).toHaveLength(4);
    expect(await getTimetable(w.actors.member, { eventId: "" })).toMatchObject({ code: "invalid" });
  });
});
