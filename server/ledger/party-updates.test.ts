import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createAgreement } from "@/prisma/seed/factories";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { createAgreementWorld, type AgreementWorld } from "../agreements/agreement-test-fixture.ts";
import { createUpdateLink, revokeUpdateLink } from "./update-links.ts";
import { submitPartyUpdate } from "./submit-party-update.ts";
import { decidePartyUpdate } from "./decide-party-update.ts";

useTestDatabase();
let world: AgreementWorld;
beforeAll(async () => {
  world = await createAgreementWorld();
});

async function linkFor(agreementId: string) {
  const r = await createUpdateLink(world.actors.member, { agreementId, contactName: "Sato Kenji", locale: "ja", days: 30 });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return { ...r.data, token: r.data.path.split("/").pop()! };
}
const report = (token: string, overrides: Record<string, unknown> = {}) =>
  submitPartyUpdate(null, {
    token,
    submissionKey: randomUUID(),
    typeKey: "construction_started",
    doneOn: "2021-05-01",
    note: "起工式",
    ...overrides,
  });
const counts = async () => ({
  updates: await db().partyUpdate.count(),
  milestones: await db().agreementMilestone.count(),
  audits: await db().auditLog.count(),
});

describe("update links", () => {
  it("store only the token's hash and report a pending update with an audit row", async () => {
    const a = await createAgreement(db(), { eventId: world.event.id });
    const link = await linkFor(a.id);
    const row = await db().agreementUpdateLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(link.token);
    const r = await report(link.token);
    expect(r).toMatchObject({ ok: true, data: { status: "PENDING" } });
    expect(await db().agreementMilestone.count({ where: { agreementId: a.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { entity: "PartyUpdate", entityId: r.ok ? r.data.id : "" } })).toBe(1);
  });

  it("a wrong, revoked or expired link is not found and changes nothing", async () => {
    const a = await createAgreement(db(), { eventId: world.event.id });
    const link = await linkFor(a.id);
    const before = await counts();
    expect(await report(`${link.token.slice(0, -2)}xx`)).toMatchObject({ code: "not_found" });
    expect(await report("short")).toMatchObject({ code: "not_found" });
    expect(await revokeUpdateLink(world.actors.outsider, { agreementId: a.id, id: link.id })).toMatchObject({ code: "not_found" });
    expect(await revokeUpdateLink(world.actors.member, { agreementId: a.id, id: link.id })).toMatchObject({ ok: true });
    const afterRevoke = await counts();
    expect(await report(link.token)).toMatchObject({ code: "not_found" });
    const expired = await linkFor(a.id);
    await db().agreementUpdateLink.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await report(expired.token)).toMatchObject({ code: "not_found" });
    expect((await counts()).updates).toBe(before.updates);
    expect((await counts()).milestones).toBe(afterRevoke.milestones);
  });

  it("bad input is refused with field errors and nothing is written", async () => {
    const a = await createAgreement(db(), { eventId: world.event.id });
    const link = await linkFor(a.id);
    const before = await counts();
    expect(await report(link.token, { doneOn: "yesterday" })).toMatchObject({
      code: "invalid",
      fieldErrors: { doneOn: expect.any(Array) },
    });
    expect(await report(link.token, { typeKey: "bogus" })).toMatchObject({ code: "invalid", fieldErrors: { typeKey: expect.any(Array) } });
    expect(await report(link.token, { evidenceUrl: "file:///etc/passwd" })).toMatchObject({
      code: "invalid",
      fieldErrors: { evidenceUrl: expect.any(Array) },
    });
    expect(await counts()).toEqual(before);
  });

  it("20 identical submits make one update", async () => {
    const a = await createAgreement(db(), { eventId: world.event.id });
    const link = await linkFor(a.id);
    const same = { submissionKey: randomUUID() };
    const results = await Promise.all(Array.from({ length: 20 }, () => report(link.token, same)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.data.id : ""))).size).toBe(1);
    expect(await db().partyUpdate.count({ where: { agreementId: a.id } })).toBe(1);
    expect(
      await db().auditLog.count({ where: { entity: "PartyUpdate", action: "create", entityId: results[0].ok ? results[0].data.id : "" } }),
    ).toBe(1);
  });

  it("two owners confirming the same update: one result, the other 'changed by someone else'", async () => {
    const a = await createAgreement(db(), { eventId: world.event.id });
    const link = await linkFor(a.id);
    const r = await report(link.token, { evidenceUrl: "https://example.org/ceremony" });
    if (!r.ok) throw new Error("no update");
    const confirm = (who: "owner" | "member") => decidePartyUpdate(world.actors[who], { id: r.data.id, version: 1, decision: "CONFIRMED" });
    const [first, second] = await Promise.all([confirm("owner"), confirm("member")]);
    expect([first, second].filter((x) => x.ok)).toHaveLength(1);
    expect([first, second].find((x) => !x.ok)).toMatchObject({ code: "conflict", message: { code: "common.changedBySomeoneElse" } });
    const m = await db().agreementMilestone.findMany({
      where: { agreementId: a.id },
      select: { typeKey: true, doneOn: true, evidenceUrl: true, note: true },
    });
    expect(m).toEqual([
      {
        typeKey: "construction_started",
        doneOn: new Date("2021-05-01T00:00:00Z"),
        evidenceUrl: "https://example.org/ceremony",
        note: "起工式",
      },
    ]);
    expect(await db().auditLog.count({ where: { entity: "PartyUpdate", entityId: r.data.id, action: "confirmed" } })).toBe(1);
  });

  it("a viewer may not confirm; another organization gets not found; a rejected update sets nothing", async () => {
    const a = await createAgreement(db(), { eventId: world.event.id });
    const link = await linkFor(a.id);
    const r = await report(link.token);
    if (!r.ok) throw new Error("no update");
    expect(await decidePartyUpdate(world.actors.viewer, { id: r.data.id, version: 1, decision: "CONFIRMED" })).toMatchObject({
      code: "forbidden",
    });
    expect(await decidePartyUpdate(world.actors.outsider, { id: r.data.id, version: 1, decision: "CONFIRMED" })).toMatchObject({
      code: "not_found",
    });
    expect(await decidePartyUpdate(world.actors.member, { id: r.data.id, version: 1, decision: "REJECTED" })).toMatchObject({
      ok: true,
      data: { status: "REJECTED", milestoneId: null },
    });
    expect(await db().agreementMilestone.count({ where: { agreementId: a.id } })).toBe(0);
  });
});
