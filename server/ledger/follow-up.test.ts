import { beforeAll, describe, expect, it } from "vitest";
import { createAgreement } from "@/prisma/seed/factories";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { createAgreementWorld, type AgreementWorld } from "../agreements/agreement-test-fixture.ts";
import { saveMilestone } from "./save-milestone.ts";
import { saveFunds } from "./save-funds.ts";
import { setFollowUpOwner } from "./set-follow-up-owner.ts";
import { getAgreementFollowUp } from "./get-agreement-follow-up.ts";
import { addMilestoneType } from "./add-milestone-type.ts";

useTestDatabase();
let world: AgreementWorld;
beforeAll(async () => {
  world = await createAgreementWorld();
});

const newAgreement = async () => createAgreement(db(), { eventId: world.event.id });
const counts = async () => ({
  milestones: await db().agreementMilestone.count(),
  funds: await db().agreementFund.count(),
  owners: await db().agreementFollowUp.count(),
  audits: await db().auditLog.count(),
});

describe("milestones", () => {
  it("adds then edits the same row, version up, one audit row each", async () => {
    const a = await newAgreement();
    const created = await saveMilestone(world.actors.member, {
      agreementId: a.id,
      typeKey: "construction_started",
      dueOn: "2021-03-31",
      note: "Groundbreaking",
    });
    expect(created).toMatchObject({ ok: true, data: { typeKey: "construction_started", dueOn: "2021-03-31", doneOn: null, version: 1 } });
    if (!created.ok) return;
    const edited = await saveMilestone(world.actors.owner, {
      agreementId: a.id,
      id: created.data.id,
      version: "1",
      typeKey: "construction_started",
      dueOn: "2021-03-31",
      doneOn: "2021-04-12",
      evidenceUrl: "https://example.org/photo",
    });
    expect(edited).toMatchObject({
      ok: true,
      data: { id: created.data.id, doneOn: "2021-04-12", version: 2, evidenceUrl: "https://example.org/photo", note: null },
    });
    expect(await db().agreementMilestone.count({ where: { agreementId: a.id } })).toBe(1);
    expect(await db().auditLog.count({ where: { entity: "AgreementMilestone", entityId: created.data.id } })).toBe(2);
  });

  it("a stale version answers 'changed by someone else' and keeps the first edit", async () => {
    const a = await newAgreement();
    const created = await saveMilestone(world.actors.member, { agreementId: a.id, typeKey: "land_secured", dueOn: "2021-01-01" });
    if (!created.ok) throw new Error("not created");
    const edit = (doneOn: string) =>
      saveMilestone(world.actors.member, {
        agreementId: a.id,
        id: created.data.id,
        version: 1,
        typeKey: "land_secured",
        dueOn: "2021-01-01",
        doneOn,
      });
    const [first, second] = await Promise.all([edit("2021-02-01"), edit("2021-02-02")]);
    const results = [first, second];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "conflict", message: { code: "common.changedBySomeoneElse" } });
    expect((await db().agreementMilestone.findUniqueOrThrow({ where: { id: created.data.id } })).version).toBe(2);
  });

  it("refuses a second row of the same kind, bad dates, unknown kinds and non-web evidence, writing nothing", async () => {
    const a = await newAgreement();
    await saveMilestone(world.actors.member, { agreementId: a.id, typeKey: "approvals", dueOn: "2021-01-01" });
    const before = await counts();
    expect(await saveMilestone(world.actors.member, { agreementId: a.id, typeKey: "approvals", dueOn: "2021-02-01" })).toMatchObject({
      code: "invalid",
      fieldErrors: { typeKey: [{ code: "ledger.milestoneAlreadyOnAgreement" }] },
    });
    expect(await saveMilestone(world.actors.member, { agreementId: a.id, typeKey: "completed", dueOn: "31/03/2021" })).toMatchObject({
      code: "invalid",
      fieldErrors: { dueOn: expect.any(Array) },
    });
    expect(await saveMilestone(world.actors.member, { agreementId: a.id, typeKey: "no_such_kind", dueOn: "2021-01-01" })).toMatchObject({
      code: "invalid",
      fieldErrors: { typeKey: expect.any(Array) },
    });
    expect(
      await saveMilestone(world.actors.member, {
        agreementId: a.id,
        typeKey: "completed",
        dueOn: "2021-01-01",
        evidenceUrl: "javascript:alert(1)",
      }),
    ).toMatchObject({ code: "invalid", fieldErrors: { evidenceUrl: expect.any(Array) } });
    expect(await saveMilestone(world.actors.member, { agreementId: a.id, typeKey: "completed" })).toMatchObject({ code: "invalid" });
    expect(await counts()).toEqual(before);
  });

  it("another organization's agreement is not found; a viewer is forbidden; nothing is written", async () => {
    const a = await newAgreement();
    const before = await counts();
    expect(await saveMilestone(world.actors.outsider, { agreementId: a.id, typeKey: "approvals", dueOn: "2021-01-01" })).toMatchObject({
      code: "not_found",
    });
    expect(await saveMilestone(world.actors.viewer, { agreementId: a.id, typeKey: "approvals", dueOn: "2021-01-01" })).toMatchObject({
      code: "forbidden",
    });
    expect(await saveMilestone(world.actors.owner, { agreementId: "missing", typeKey: "approvals", dueOn: "2021-01-01" })).toMatchObject({
      code: "not_found",
    });
    expect(await getAgreementFollowUp(world.actors.outsider, { agreementId: a.id })).toMatchObject({ code: "not_found" });
    expect(await counts()).toEqual(before);
  });
});

describe("funds per currency", () => {
  it("keeps currencies apart and edits one in place", async () => {
    const a = await newAgreement();
    expect(
      await saveFunds(world.actors.member, {
        agreementId: a.id,
        version: 0,
        currency: "cny",
        committed: "1,000,000.00",
        received: "250000",
      }),
    ).toMatchObject({ ok: true, data: { currency: "CNY", committedMinor: "100000000", receivedMinor: "25000000", version: 1 } });
    expect(
      await saveFunds(world.actors.member, { agreementId: a.id, version: 0, currency: "JPY", committed: "50000000", received: "" }),
    ).toMatchObject({ ok: true, data: { receivedMinor: "0" } });
    expect(
      await saveFunds(world.actors.member, { agreementId: a.id, version: 0, currency: "CNY", committed: "1", received: "1" }),
    ).toMatchObject({ code: "conflict" });
    expect(
      await saveFunds(world.actors.member, { agreementId: a.id, version: 1, currency: "CNY", committed: "1000000", received: "1000000" }),
    ).toMatchObject({ ok: true, data: { receivedMinor: "100000000", version: 2 } });
    expect(
      await saveFunds(world.actors.member, { agreementId: a.id, version: 1, currency: "JPY", committed: "1.5", received: "0" }),
    ).toMatchObject({ code: "invalid", fieldErrors: { committed: [expect.objectContaining({ code: expect.any(String) })] } });
    expect(
      await saveFunds(world.actors.member, { agreementId: a.id, version: 0, currency: "XYZ", committed: "1", received: "0" }),
    ).toMatchObject({ code: "invalid", fieldErrors: { currency: expect.any(Array) } });
    expect(await db().agreementFund.count({ where: { agreementId: a.id } })).toBe(2);
  });
});

describe("follow-up owner", () => {
  it("must be an organizer of the organization; set then changed with version", async () => {
    const a = await newAgreement();
    const memberId = world.actors.member.id;
    expect(await setFollowUpOwner(world.actors.owner, { agreementId: a.id, version: 0, ownerId: world.actors.outsider.id })).toMatchObject({
      code: "invalid",
      fieldErrors: { ownerId: expect.any(Array) },
    });
    expect(await setFollowUpOwner(world.actors.owner, { agreementId: a.id, version: 0, ownerId: world.actors.viewer.id })).toMatchObject({
      code: "invalid",
    });
    expect(await setFollowUpOwner(world.actors.owner, { agreementId: a.id, version: 0, ownerId: memberId })).toMatchObject({
      ok: true,
      data: { ownerId: memberId, version: 1 },
    });
    expect(await setFollowUpOwner(world.actors.owner, { agreementId: a.id, version: 0, ownerId: "" })).toMatchObject({ code: "conflict" });
    expect(await setFollowUpOwner(world.actors.owner, { agreementId: a.id, version: 1, ownerId: "" })).toMatchObject({
      ok: true,
      data: { ownerId: null, version: 2 },
    });
    const view = await getAgreementFollowUp(world.actors.viewer, { agreementId: a.id });
    expect(view).toMatchObject({ ok: true, data: { owner: { id: null, version: 2 }, canWrite: false } });
  });
});

describe("the organization's own milestone kinds", () => {
  it("are added once, offered on every agreement and accepted for milestones; bad or foreign input writes nothing", async () => {
    const added = await addMilestoneType(world.actors.member, {
      organizationId: world.orgId,
      name: { en: "Environmental review passed", zh: "环评通过", ja: "環境評価完了" },
    });
    expect(added).toMatchObject({ ok: true, data: { key: "org_environmental_review_passed" } });
    const before = await db().milestoneType.count();
    expect(
      await addMilestoneType(world.actors.member, { organizationId: world.orgId, name: { en: "Environmental review passed" } }),
    ).toMatchObject({ code: "invalid", fieldErrors: { name: expect.any(Array) } });
    expect(await addMilestoneType(world.actors.member, { organizationId: world.orgId, name: { en: "" } })).toMatchObject({
      code: "invalid",
    });
    expect(await addMilestoneType(world.actors.outsider, { organizationId: world.orgId, name: { en: "Sneaky" } })).toMatchObject({
      code: "not_found",
    });
    expect(await addMilestoneType(world.actors.viewer, { organizationId: world.orgId, name: { en: "Viewer kind" } })).toMatchObject({
      code: "forbidden",
    });
    expect(await db().milestoneType.count()).toBe(before);
    const a = await newAgreement();
    const view = await getAgreementFollowUp(world.actors.owner, { agreementId: a.id });
    expect(view.ok && view.data.types.at(-1)).toMatchObject({ key: "org_environmental_review_passed", builtIn: false });
    expect(
      await saveMilestone(world.actors.owner, { agreementId: a.id, typeKey: "org_environmental_review_passed", dueOn: "2022-01-01" }),
    ).toMatchObject({ ok: true });
  });
});
