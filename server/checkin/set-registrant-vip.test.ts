import { beforeAll, describe, expect, it } from "vitest";
import { createRegistration, createUser } from "@/prisma/seed/factories";
import { createStewardWorld, type StewardWorld } from "@/server/checkin/testing/steward-world";
import { db } from "@/server/db/client";
import { inEnglish } from "@/server/testing/in-english";
import { useTestDatabase } from "@/server/testing/test-database";
import { setRegistrantVip } from "./set-registrant-vip.ts";

// Organizers set and clear a registrant's VIP flag (issue 20): same row, version up, audited;
// a stale version, bad input and callers who may not change nothing.

useTestDatabase();
let w: StewardWorld["w"];
let ev: StewardWorld["ev"];
beforeAll(async () => {
  ({ w, ev } = await createStewardWorld());
});

async function registrant() {
  const user = await createUser(db());
  return createRegistration(db(), { eventId: ev.event.id, userId: user.id, venueId: ev.tokyo.id });
}
const row = (id: string) => db().registration.findUniqueOrThrow({ where: { id }, select: { vip: true, version: true } });
const audits = (id: string) => db().auditLog.count({ where: { entity: "Registration", entityId: id } });

describe("setRegistrantVip", () => {
  it("marks a registrant VIP, then clears it: the same row, version up each time, each change audited", async () => {
    const reg = await registrant();
    const input = { eventId: ev.event.id, registrationId: reg.id };
    expect(await setRegistrantVip(w.actors.member, { ...input, version: "1", vip: "true" })).toEqual({
      ok: true,
      data: { id: reg.id, version: 2, vip: true },
    });
    expect(await row(reg.id)).toEqual({ vip: true, version: 2 });
    expect(await setRegistrantVip(w.actors.owner, { ...input, version: "2", vip: "false" })).toMatchObject({ ok: true });
    expect(await row(reg.id)).toEqual({ vip: false, version: 3 });
    expect(
      await db().registration.count({ where: { userId: (await db().registration.findUniqueOrThrow({ where: { id: reg.id } })).userId } }),
    ).toBe(1);
    expect(await audits(reg.id)).toBe(2);
  });

  it("answers a stale version with 'changed by someone else' and changes nothing", async () => {
    const reg = await registrant();
    await setRegistrantVip(w.actors.member, { eventId: ev.event.id, registrationId: reg.id, version: "1", vip: "true" });
    const stale = await setRegistrantVip(w.actors.owner, { eventId: ev.event.id, registrationId: reg.id, version: "1", vip: "false" });
    expect(inEnglish(stale)).toMatchObject({
      ok: false,
      code: "conflict",
      currentVersion: 2,
      message: expect.stringMatching(/changed by someone else/i),
    });
    expect(await row(reg.id)).toEqual({ vip: true, version: 2 });
    expect(await audits(reg.id)).toBe(1);
  });

  it("rejects bad input with a field message and refuses callers who may not, changing nothing", async () => {
    const reg = await registrant();
    const input = { eventId: ev.event.id, registrationId: reg.id, version: "1" };
    expect(inEnglish(await setRegistrantVip(w.actors.member, { ...input, vip: "maybe" }))).toMatchObject({
      code: "invalid",
      fieldErrors: { vip: [expect.any(String)] },
    });
    expect(await setRegistrantVip(w.actors.viewer, { ...input, vip: "true" })).toMatchObject({ code: "forbidden" });
    expect(await setRegistrantVip(w.actors.steward, { ...input, vip: "true" })).toMatchObject({ code: "forbidden" });
    expect(await setRegistrantVip(w.actors.outsider, { ...input, vip: "true" })).toMatchObject({ code: "not_found" });
    const other = await w.event();
    expect(await setRegistrantVip(w.actors.owner, { ...input, eventId: other.event.id, vip: "true" })).toMatchObject({ code: "not_found" });
    expect(await row(reg.id)).toEqual({ vip: false, version: 1 });
    expect(await audits(reg.id)).toBe(0);
  });
});
