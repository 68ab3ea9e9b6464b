import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { createSession } from "@/prisma/seed/factories";
import { createAgreement } from "./create-agreement.ts";
import { changeAgreementStatus } from "./change-agreement-status.ts";
import { agreementInput, createAgreementWorld, type AgreementWorld } from "./agreement-test-fixture.ts";
import { listPublicSessionAgreements } from "./list-public-session-agreements.ts";
import { listSessionAgreements } from "./list-session-agreements.ts";
import { computeTally } from "../tally/compute-tally.ts";
import { inEnglish } from "../testing/in-english.ts";

useTestDatabase();
let world: AgreementWorld;
let seminarId: string;
const ids: Record<string, string> = {};

const create = async (key: string, o: Record<string, unknown>) => {
  const r = await createAgreement(world.actors.admin, agreementInput(world, o));
  if (!r.ok) throw new Error(JSON.stringify(r));
  ids[key] = r.data.agreement.id;
};

beforeAll(async () => {
  world = await createAgreementWorld();
  const seminar = await createSession(db(), { eventId: world.event.id, hostVenueId: world.tokyo.id }, { type: "INDUSTRY_SEMINAR" });
  seminarId = seminar.id;
  await create("seminar1", { sessionId: seminarId });
  await create("seminar2", { sessionId: seminarId, sector: "logistics" });
  await create("internal", { sessionId: seminarId, visibility: "INTERNAL" });
  await create("cancelled", { sessionId: seminarId });
  await changeAgreementStatus(world.actors.admin, { id: ids.cancelled, version: 1, status: "CANCELLED" });
  await create("ceremony", { sessionId: world.session.id });
  await create("unlinked", { sessionId: undefined });
});

describe("agreements of a session", () => {
  it("the public list has the session's public, non-cancelled agreements only", async () => {
    const list = await listPublicSessionAgreements(world.event.id, seminarId);
    expect(list.map((a) => a.id).sort()).toEqual([ids.seminar1, ids.seminar2].sort());
    expect(list[0].parties.map((p) => p.side)).toEqual(["A", "B"]);
  });

  it("the public list is empty while the event is a draft", async () => {
    await db().event.update({ where: { id: world.event.id }, data: { status: "DRAFT" }, select: { id: true } });
    try {
      expect(await listPublicSessionAgreements(world.event.id, seminarId)).toEqual([]);
    } finally {
      await db().event.update({ where: { id: world.event.id }, data: { status: "PUBLISHED" }, select: { id: true } });
    }
  });

  it("staff see every agreement linked to the session; others are told not found or refused", async () => {
    for (const role of ["admin", "owner", "member", "viewer"] as const) {
      const r = await listSessionAgreements(world.actors[role], { sessionId: seminarId });
      expect(r.ok && r.data.map((a) => a.id).sort()).toEqual([ids.seminar1, ids.seminar2, ids.internal, ids.cancelled].sort());
    }
    const outsider = inEnglish(await listSessionAgreements(world.actors.outsider, { sessionId: seminarId }));
    expect(outsider).toMatchObject({ ok: false, code: "not_found" });
    expect(await listSessionAgreements(world.actors.delegate, { sessionId: seminarId })).toMatchObject({ ok: false });
    expect(await listSessionAgreements(null, { sessionId: seminarId })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await listSessionAgreements(world.actors.admin, { sessionId: "" })).toMatchObject({ ok: false });
  });

  it("the tally counts agreements per session, most first, leaving out unlinked ones", async () => {
    const t = await computeTally(world.event.id);
    expect(t.bySession.map((r) => [r.key, r.count])).toEqual([
      [seminarId, 2],
      [world.session.id, 1],
    ]);
    expect(t.bySession.reduce((n, r) => n + r.count, 0)).toBe(t.totals.agreements - 1);
  });
});
