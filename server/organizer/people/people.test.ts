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
import { createPerson } from "./create-person.ts";
import { listPeople } from "./list-people.ts";
import { updatePerson } from "./update-person.ts";

useTestDatabase();
let w: OrganizerWorld;
beforeAll(async () => {
  w = await createOrganizerWorld();
});

const person = (over: Record<string, unknown> = {}) => ({
  name: { en: "Yamada Taro", ja: "山田太郎" },
  honorific: { en: "H.E.", ja: "閣下" },
  title: { en: "Former Prime Minister", ja: "元内閣総理大臣" },
  country: "JP",
  side: "B",
  precedence: "5",
  isVip: "on",
  ...over,
});

describe("createPerson", () => {
  it("adds a VIP to the organization with an audit row", async () => {
    const { id } = expectOk(await createPerson(w.actors.member, { organizationId: w.orgId, ...person() }));
    expect(
      await db().person.findUniqueOrThrow({ where: { id }, select: { side: true, precedence: true, isVip: true, affiliation: true } }),
    ).toEqual({
      side: "B",
      precedence: 5,
      isVip: true,
      affiliation: null,
    });
    expect(await db().auditLog.count({ where: { entityId: id, entity: "Person", action: "create", organizationId: w.orgId } })).toBe(1);
  });

  it("refuses outsiders and invalid input without writing", async () => {
    await expectOutsidersRefused(w, (actor) => createPerson(actor, { organizationId: w.orgId, ...person() }));
    const before = await snapshotDatabase();
    expect(
      await createPerson(w.actors.member, { organizationId: w.orgId, ...person({ name: { en: "n".repeat(50_000) }, country: "Japan" }) }),
    ).toMatchObject({
      code: "invalid",
      fieldErrors: { "name.en": expect.any(Array), country: expect.any(Array) },
    });
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe("updatePerson", () => {
  it("saves with the current version, conflicts on a stale one", async () => {
    expectOk(await updatePerson(w.actors.member, { personId: w.speaker.id, version: 1, ...person({ precedence: 1 }) }));
    const before = await snapshotDatabase();
    expect(await updatePerson(w.actors.admin, { personId: w.speaker.id, version: 1, ...person({ precedence: 2 }) })).toMatchObject({
      code: "conflict",
    });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("refuses outsiders; another organization's person is not found", async () => {
    await expectOutsidersRefused(w, (actor) => updatePerson(actor, { personId: w.speaker.id, version: 2, ...person() }));
    expect(await updatePerson(w.actors.member, { personId: w.theirPerson.id, version: 1, ...person() })).toMatchObject({
      code: "not_found",
    });
  });
});

describe("listPeople", () => {
  it("lists the organization's people in precedence order, never another organization's", async () => {
    const mine = expectOk(await listPeople(w.actors.member));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((p) => p.organizationId === w.orgId)).toBe(true);
    expect(mine.map((p) => p.precedence)).toEqual([...mine.map((p) => p.precedence)].sort((a, b) => a - b));
    expect(await listPeople(w.actors.member, { organizationId: w.theirs.orgId })).toMatchObject({ code: "not_found" });
    expect(expectOk(await listPeople(w.actors.admin, { organizationId: w.theirs.orgId })).map((p) => p.id)).toEqual([w.theirPerson.id]);
    await expectOutsidersRefused(w, (actor) => listPeople(actor, { organizationId: w.orgId }));
  });
});
