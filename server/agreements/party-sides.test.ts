import { beforeAll, describe, expect, it } from "vitest";
import { createAgreement, createParty, createPerson } from "@/prisma/seed/factories";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { getAgreementWorkspace } from "./get-agreement-workspace.ts";
import { createAgreementWorld, type AgreementWorld } from "./agreement-test-fixture.ts";

useTestDatabase();
let world: AgreementWorld;
beforeAll(async () => {
  world = await createAgreementWorld();
});

describe("getAgreementWorkspace party pickers", () => {
  it("offers each party under its own side: signed side first, else its country's side, else both", async () => {
    const p = db();
    const chinese = await createParty(p, world.orgId, { country: "CN" });
    const japanese = await createParty(p, world.orgId, { country: "JP" });
    const signedB = await createParty(p, world.orgId, { country: "CN" }); // signed on B here, despite its country
    const unknown = await createParty(p, world.orgId, { country: null });
    for (const [country, side] of [
      ["CN", "A"],
      ["JP", "B"],
    ] as const) {
      const person = await createPerson(p, world.orgId, { country, side });
      await p.eventParticipant.create({ data: { eventId: world.event.id, personId: person.id, mode: "IN_PERSON" } });
    }
    await createAgreement(p, { eventId: world.event.id, sideA: [chinese.id], sideB: [signedB.id] });

    const result = await getAgreementWorkspace(world.actors.owner, { eventId: world.event.id });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const sidesOf = (id: string) => result.data.parties.find((x) => x.id === id)?.sides;
    expect(sidesOf(chinese.id)).toEqual(["A"]);
    expect(sidesOf(japanese.id)).toEqual(["B"]);
    expect(sidesOf(signedB.id)).toEqual(["B"]);
    expect(sidesOf(unknown.id)).toEqual(["A", "B"]);
    expect(sidesOf(world.foreignParty.id)).toBeUndefined();
  });
});
