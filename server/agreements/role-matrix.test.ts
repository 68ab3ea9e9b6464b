import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { createAgreement } from "./create-agreement.ts";
import { updateAgreement } from "./update-agreement.ts";
import { changeAgreementStatus } from "./change-agreement-status.ts";
import { exportAgreementsCsv } from "./export-agreements-csv.ts";
import { importAgreementsCsv } from "./import-agreements-csv.ts";
import { createOutcome } from "../outcomes/create-outcome.ts";
import { updateOutcome } from "../outcomes/update-outcome.ts";
import { listParties } from "../parties/list-parties.ts";
import { AGREEMENT_CSV_COLUMNS } from "@/lib/agreements/csv-columns.ts";
import { createAgreement as seedAgreement, createOutcome as seedOutcome } from "@/prisma/seed/factories";
import { db } from "../db/client.ts";
import type { Actors } from "@/prisma/seed/roles";
import { agreementInput, createAgreementWorld, snapshotCounts, type AgreementWorld } from "./agreement-test-fixture.ts";

// Every write, called by each kind of caller. Only the admin and the OWNER organizer of the
// event's organization succeed; for everyone else the database is unchanged.
useTestDatabase();
let world: AgreementWorld;
let agreementId: string;
let outcomeId: string;
beforeAll(async () => {
  world = await createAgreementWorld();
  agreementId = (await seedAgreement(db(), { eventId: world.event.id })).id;
  outcomeId = (await seedOutcome(db(), world.event.id)).id;
});

type Call = (actor: CurrentUser | null) => Promise<{ ok: boolean; code?: string }>;
const csv = () => new TextEncoder().encode(`${AGREEMENT_CSV_COLUMNS.join(",")}\r\n`);
const writes: Record<string, Call> = {
  createAgreement: (a) => createAgreement(a, agreementInput(world)),
  updateAgreement: (a) => updateAgreement(a, { ...agreementInput(world), id: agreementId, version: 1 }),
  changeAgreementStatus: (a) => changeAgreementStatus(a, { id: agreementId, version: 1, status: "IN_PROGRESS" }),
  importAgreementsCsv: (a) => importAgreementsCsv(a, { eventId: world.event.id, file: csv(), mode: "confirm" }),
  createOutcome: (a) =>
    createOutcome(a, { eventId: world.event.id, kind: "PLATFORM", title: { en: "Platform" }, idempotencyKey: randomUUID() }),
  updateOutcome: (a) => updateOutcome(a, { id: outcomeId, version: 1, kind: "PLATFORM", title: { en: "Renamed" } }),
};

const refused: [keyof Actors, string[]][] = [
  ["anonymous", ["unauthenticated"]],
  ["delegate", ["forbidden", "not_found"]],
  ["outsider", ["not_found"]],
  ["member", ["forbidden"]], // a plain member, not made OWNER by the admin
  ["viewer", ["forbidden", "not_found"]],
];

describe.each(Object.entries(writes))("%s", (_name, call) => {
  it.each(refused)("refuses %s and changes nothing", async (who, codes) => {
    const before = await snapshotCounts();
    const result = await call(world.actors[who]);
    expect(result.ok).toBe(false);
    expect(codes).toContain(result.code);
    expect(await snapshotCounts()).toEqual(before);
    const row = await db().agreement.findUnique({ where: { id: agreementId }, select: { version: true, status: true } });
    expect(row).toEqual({ version: 1, status: "SIGNED" });
  });
});

describe("permitted callers", () => {
  it.each(["owner", "admin"] as const)("%s may write", async (who) => {
    for (const [name, call] of Object.entries(writes)) {
      if (name.startsWith("update") || name === "changeAgreementStatus") continue; // versions move; covered in agreements.test.ts
      const result = await call(world.actors[who]);
      expect(result.ok, `${name} ${JSON.stringify(result)}`).toBe(true);
    }
  });
});

describe("reads for the organization only", () => {
  it.each([
    ["exportAgreementsCsv", (a: CurrentUser | null) => exportAgreementsCsv(a, { eventId: world.event.id })],
    ["listParties", (a: CurrentUser | null) => listParties(a, { eventId: world.event.id })],
  ] as const)("%s", async (_n, call) => {
    expect((await call(world.actors.admin)).ok).toBe(true);
    expect((await call(world.actors.member)).ok).toBe(true);
    expect((await call(world.actors.outsider)).ok).toBe(false);
    expect((await call(world.actors.delegate)).ok).toBe(false);
    expect((await call(null)).ok).toBe(false);
  });
});
