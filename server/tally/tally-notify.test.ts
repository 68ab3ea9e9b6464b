import pg from "pg";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { createAgreementWorld, type AgreementWorld } from "../agreements/agreement-test-fixture.ts";
import { db } from "../db/client.ts";
import { deliverTallyChange } from "./tally-events.ts";
import { resetTallyFeedForTests, watchTally, currentTally } from "./tally-feed.ts";
import { notifyTallyChange, parseTallyPayload, startTallyListener, TALLY_CHANNEL, type TallyListener } from "./tally-notify.ts";
import type { Tally } from "./compute-tally.ts";
import { until } from "../testing/until.ts";

// A change committed by ANOTHER process reaches this process's boards through PostgreSQL
// LISTEN/NOTIFY: here "another process" is a separate pg connection.

const database = useTestDatabase();
let world: AgreementWorld;
const running: TallyListener[] = [];
beforeAll(async () => {
  world = await createAgreementWorld();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((l) => l.stop()));
  resetTallyFeedForTests();
});

async function notifyFrom(payload: string) {
  const other = new pg.Client({ connectionString: database.url() });
  await other.connect();
  await other.query("SELECT pg_notify($1, $2)", [TALLY_CHANNEL, payload]);
  await other.end();
}

function listen(onChange: (id: string) => void, extra: { origin?: string; onReconnect?: () => void } = {}) {
  const l = startTallyListener({ connectionString: database.url(), onChange: (c) => onChange(c.eventId), ...extra });
  running.push(l);
  return l;
}

describe("tally NOTIFY", () => {
  it("delivers another connection's notification; ignores our own and garbage", async () => {
    const seen: string[] = [];
    await listen((id) => seen.push(id), { origin: "me" }).ready;
    await notifyFrom("evt-bare");
    await notifyFrom(JSON.stringify({ eventId: "evt-mine", origin: "me" }));
    await notifyFrom("{not json");
    await notifyFrom(JSON.stringify({ eventId: "evt-other", origin: "other" }));
    await until(() => seen.length >= 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toEqual(["evt-bare", "evt-other"]);
  });

  it("the app's notify is heard by other processes, not by the sender", async () => {
    const seen: string[] = [];
    await listen((id) => seen.push(id), { origin: "another-process" }).ready;
    await notifyTallyChange({ eventId: world.event.id });
    await until(() => seen.length === 1);
    expect(seen).toEqual([world.event.id]);
    expect(parseTallyPayload(JSON.stringify({ eventId: "x", origin: "o" }), "o")).toBeNull();
  });

  it("reconnects after the connection is killed and asks for a resync", async () => {
    const seen: string[] = [];
    let reconnects = 0;
    await listen((id) => seen.push(id), { onReconnect: () => (reconnects += 1) }).ready;
    const admin = new pg.Client({ connectionString: database.url() });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1 AND pid <> pg_backend_pid()", [
      `LISTEN ${TALLY_CHANNEL}`,
    ]);
    await admin.end();
    await until(() => reconnects === 1, 5_000);
    await notifyFrom("evt-after");
    await until(() => seen.includes("evt-after"));
  });

  it("moves a connected board when a row is written outside this process", async () => {
    await listen((eventId) => deliverTallyChange({ eventId })).ready;
    const before = await currentTally(world.event.id);
    const updates: Tally[] = [];
    const off = watchTally(world.event.id, (t) => {
      if (t) updates.push(t);
    });
    await db().agreement.create({
      data: { eventId: world.event.id, title: { en: "Outside write" }, sector: "logistics", type: "MOU" },
      select: { id: true },
    });
    const started = Date.now();
    await notifyFrom(world.event.id);
    await until(() => updates.length > 0, 2_000);
    off();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(updates[0].totals.agreements).toBe(before.totals.agreements + 1);
  });
});
