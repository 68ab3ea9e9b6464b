import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createRegistration, createUser } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { createStewardWorld, type StewardWorld } from "@/server/checkin/testing/steward-world";
import { useTestDatabase } from "@/server/testing/test-database";
import { until } from "@/server/testing/until";
import { deliverTallyChange } from "../tally/tally-events.ts";
import { watchTally } from "../tally/tally-feed.ts";
import { parseTallyPayload, tallyPayload } from "../tally/tally-notify.ts";
import { watchAttendance, type AttendanceCounts } from "./attendance-feed.ts";
import { checkIn } from "./check-in.ts";
import { undoCheckIn } from "./undo-check-in.ts";

// The organizer's board is pushed, not polled (issue 20): a check-in or an undo reaches every
// watcher of the event within a debounce, counted from the database; another process's change
// arrives as an "attendance" notification on the tally's channel and moves no tally board.

useTestDatabase();
let w: StewardWorld["w"];
let ev: StewardWorld["ev"];
beforeAll(async () => {
  ({ w, ev } = await createStewardWorld());
});

const tokyoOf = (c: AttendanceCounts) => c.venues.find((v) => v.venueId === ev.tokyo.id)!;

describe("attendance feed", () => {
  it("pushes the new count to every board after a check-in and after its undo", async () => {
    const user = await createUser(db());
    const reg = await createRegistration(db(), { eventId: ev.event.id, userId: user.id, venueId: ev.tokyo.id });
    const a: AttendanceCounts[] = [];
    const b: AttendanceCounts[] = [];
    const offA = watchAttendance(ev.event.id, (c) => a.push(c));
    const offB = watchAttendance(ev.event.id, (c) => b.push(c));
    const started = Date.now();
    const scanned = await checkIn(w.actors.steward, {
      eventId: ev.event.id,
      venueId: ev.tokyo.id,
      token: reg.checkInToken,
      clientScanId: randomUUID(),
      scannedAt: new Date().toISOString(),
    });
    if (!scanned.ok || scanned.data.status !== "checked_in") throw new Error("expected a check-in");
    await until(() => a.length === 1 && b.length === 1, 2_000);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(tokyoOf(a[0]!)).toEqual({ venueId: ev.tokyo.id, checkedIn: 1, registered: 1 });
    expect(b[0]).toBe(a[0]); // one count shared by both boards

    expect((await undoCheckIn(w.actors.steward, { eventId: ev.event.id, checkInId: scanned.data.checkInId })).ok).toBe(true);
    await until(() => a.length === 2, 2_000);
    expect(tokyoOf(a[1]!).checkedIn).toBe(0);
    offA();
    offB();
  });

  it("hears other processes through the tally's NOTIFY payload; tally boards ignore attendance changes", async () => {
    const payload = tallyPayload({ eventId: ev.event.id, topic: "attendance" }, "another-process");
    const change = parseTallyPayload(payload, "this-process");
    expect(change).toEqual({ eventId: ev.event.id, topic: "attendance" });
    expect(parseTallyPayload(tallyPayload({ eventId: ev.event.id }, "x"), "y")).toEqual({ eventId: ev.event.id });

    const counts: AttendanceCounts[] = [];
    const tallies: unknown[] = [];
    const off = watchAttendance(ev.event.id, (c) => counts.push(c));
    const offTally = watchTally(ev.event.id, (t) => tallies.push(t));
    deliverTallyChange(change!);
    await until(() => counts.length === 1, 2_000);
    await new Promise((r) => setTimeout(r, 400)); // longer than the tally's debounce
    expect(tallies).toEqual([]);
    off();
    offTally();
  });
});
