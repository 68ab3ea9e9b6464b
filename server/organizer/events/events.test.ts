import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import {
  createOrganizerWorld,
  expectOk,
  expectOutsidersRefused,
  snapshotDatabase,
  type OrganizerWorld,
} from "../testing/organizer-world.ts";
import { changeEventStatus } from "./change-event-status.ts";
import { createEvent } from "./create-event.ts";
import { getEventForEditing } from "./get-event-for-editing.ts";
import { listMyEvents } from "./list-my-events.ts";
import { updateEvent } from "./update-event.ts";
import { inEnglish } from "@/server/testing/in-english";

useTestDatabase();
let w: OrganizerWorld;
beforeAll(async () => {
  w = await createOrganizerWorld();
});

let n = 0;
const form = (over: Record<string, unknown> = {}) => ({
  organizationId: w.orgId,
  slug: `dialogue-${++n}`,
  title: { en: "Dialogue with Shandong", zh: "对话山东", ja: "山東との対話" },
  sideAName: { en: "Shandong side" },
  sideBName: { en: "Japan side" },
  languages: ["en", "zh", "ja"],
  primaryTimeZone: "Asia/Shanghai",
  startDate: "2020-07-30",
  endDate: "2020-07-30",
  ...over,
});

describe("createEvent", () => {
  it("creates a draft in the organizer's organization with an audit row, HTML kept as text", async () => {
    const { id } = expectOk(await createEvent(w.actors.member, form({ title: { en: "<b>Dialogue</b><script>x()</script>" } })));
    const row = await db().event.findUniqueOrThrow({ where: { id }, select: { status: true, title: true, organizationId: true } });
    expect(row).toEqual({ status: "DRAFT", title: { en: "<b>Dialogue</b><script>x()</script>" }, organizationId: w.orgId });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: id }, select: { action: true, actorId: true, after: true } });
    expect(audit).toMatchObject({ action: "create", actorId: w.actors.member.id, after: { slug: expect.any(String) } });
  });

  it("lets an admin create in any organization", async () => {
    expectOk(await createEvent(w.actors.admin, form({ organizationId: w.theirs.orgId })));
  });

  it("refuses outsiders and changes nothing", async () => {
    await expectOutsidersRefused(w, (actor) => createEvent(actor, form()));
  });

  it("answers invalid input with field messages and writes nothing", async () => {
    const before = await snapshotDatabase();
    const result = await createEvent(w.actors.member, form({ title: { en: "x".repeat(50_000) }, primaryTimeZone: "Nowhere/City" }));
    expect(inEnglish(result)).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { "title.en": [expect.stringMatching(/at most/)], primaryTimeZone: [expect.any(String)] },
    });
    expect(inEnglish(await createEvent(w.actors.member, form({ slug: w.event.slug })))).toMatchObject({
      code: "invalid",
      fieldErrors: { slug: [expect.stringMatching(/already used/)] },
    });
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe("updateEvent", () => {
  const edit = (version: number, over: Record<string, unknown> = {}) => {
    const { organizationId: _org, ...rest } = form({ slug: w.event.slug, ...over });
    return { ...rest, eventId: w.event.id, version };
  };

  it("saves with the current version, audits before/after, and a second save with the same version conflicts", async () => {
    const { version } = await db().event.findUniqueOrThrow({ where: { id: w.event.id }, select: { version: true } });
    const first = expectOk(await updateEvent(w.actors.member, edit(version, { title: { en: "First" } })));
    expect(first.version).toBe(version + 1);
    const before = await snapshotDatabase();
    const second = await updateEvent(w.actors.admin, edit(version, { title: { en: "Second" } }));
    expect(inEnglish(second)).toMatchObject({
      ok: false,
      code: "conflict",
      message: expect.stringMatching(/changed by someone else/),
      currentVersion: version + 1,
    });
    expect(await snapshotDatabase()).toEqual(before);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entityId: w.event.id, action: "update" },
      select: { before: true, after: true },
    });
    expect(audit.after).toMatchObject({ title: { en: "First" } });
    expect(audit.before).not.toMatchObject({ title: { en: "First" } });
  });

  it("lets exactly one of two simultaneous saves win", async () => {
    const { version } = await db().event.findUniqueOrThrow({ where: { id: w.event.id }, select: { version: true } });
    const results = await Promise.all([
      updateEvent(w.actors.member, edit(version, { title: { en: "A" } })),
      updateEvent(w.actors.member, edit(version, { title: { en: "B" } })),
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.code)).sort()).toEqual(["conflict", "ok"]);
  });

  it("refuses outsiders, and invalid input, without writing", async () => {
    const { version } = await db().event.findUniqueOrThrow({ where: { id: w.event.id }, select: { version: true } });
    await expectOutsidersRefused(w, (actor) => updateEvent(actor, edit(version)));
    const before = await snapshotDatabase();
    expect(await updateEvent(w.actors.member, edit(version, { endDate: "2020-07-01" }))).toMatchObject({
      code: "invalid",
      fieldErrors: { endDate: expect.any(Array) },
    });
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe("changeEventStatus", () => {
  it("publishes, unpublishes, concludes and archives along the allowed moves only", async () => {
    const { id } = expectOk(await createEvent(w.actors.member, form()));
    const go = async (action: string, version: number) => changeEventStatus(w.actors.member, { eventId: id, action, version });
    expect(expectOk(await go("publish", 1))).toMatchObject({ status: "PUBLISHED", version: 2 });
    expect(expectOk(await go("unpublish", 2))).toMatchObject({ status: "DRAFT", version: 3 });
    expect(inEnglish(await go("conclude", 3))).toMatchObject({
      code: "invalid",
      fieldErrors: { action: [expect.stringMatching(/draft/)] },
    });
    expectOk(await go("publish", 3));
    expect(await go("publish", 3)).toMatchObject({ code: "conflict" });
    expectOk(await go("conclude", 4));
    expect(expectOk(await go("archive", 5))).toMatchObject({ status: "ARCHIVED" });
    const audit = await db().auditLog.findMany({ where: { entityId: id, action: "status" }, select: { after: true } });
    expect(audit).toHaveLength(5);
  });

  it("refuses outsiders and changes nothing", async () => {
    await expectOutsidersRefused(w, (actor) => changeEventStatus(actor, { eventId: w.event.id, action: "publish", version: 1 }));
    expect(await changeEventStatus(w.actors.member, { eventId: w.event.id, action: "launch", version: 1 })).toMatchObject({
      code: "invalid",
    });
  });
});

describe("listMyEvents and getEventForEditing", () => {
  it("lists only the organizer's organizations' events, every event for admins", async () => {
    const mine = expectOk(await listMyEvents(w.actors.member));
    expect(mine.every((e) => e.organization.id === w.orgId)).toBe(true);
    expect(mine.find((e) => e.id === w.event.id)).toMatchObject({ venueCount: 4, startDate: "2020-07-30" });
    const all = expectOk(await listMyEvents(w.actors.admin));
    expect(all.some((e) => e.id === w.theirs.event.id)).toBe(true);
    expect(expectOk(await listMyEvents(w.actors.outsider)).some((e) => e.id === w.event.id)).toBe(false);
    expect(await listMyEvents(w.actors.delegate)).toMatchObject({ code: "forbidden" });
    expect(await listMyEvents(null)).toMatchObject({ code: "unauthenticated" });
  });

  it("returns the event with its venues and open status moves; outsiders get not_found", async () => {
    const event = expectOk(await getEventForEditing(w.actors.member, { eventId: w.event.id }));
    expect(event.venues.map((v) => v.timeZone)).toEqual(["Asia/Shanghai", "Asia/Tokyo", "Asia/Shanghai", "Asia/Tokyo"]);
    expect(event.allowedActions).toContain("publish");
    expect(event).not.toHaveProperty("organization");
    await expectOutsidersRefused(w, (actor) => getEventForEditing(actor, { eventId: w.event.id }));
    expect(await getEventForEditing(w.actors.member, { eventId: "missing" })).toMatchObject({ code: "not_found" });
  });
});
