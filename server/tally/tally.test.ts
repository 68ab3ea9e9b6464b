import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { createAgreement } from "../agreements/create-agreement.ts";
import { changeAgreementStatus } from "../agreements/change-agreement-status.ts";
import { agreementInput, createAgreementWorld, type AgreementWorld } from "../agreements/agreement-test-fixture.ts";
import { getTally } from "./get-tally.ts";
import { publishTallyChange, subscribeTallyChanges } from "./tally-events.ts";
import { resetTallyFeedForTests } from "./tally-feed.ts";
import type { Tally } from "./compute-tally.ts";
import { GET } from "@/app/api/events/[slug]/tally/stream/route";
import { english } from "@/lib/i18n/server-messages/translate-message";

useTestDatabase();
let world: AgreementWorld;
beforeAll(async () => {
  world = await createAgreementWorld();
});
beforeEach(() => resetTallyFeedForTests());

const create = async (o: Record<string, unknown>) => {
  const r = await createAgreement(world.actors.admin, agreementInput(world, o));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data.agreement;
};

async function tally(): Promise<Tally> {
  const r = await getTally({ slug: world.event.slug });
  if (!r.ok) throw new Error(english(r.message));
  return r.data.tally;
}

describe("getTally", () => {
  it("counts public, non-cancelled agreements and keeps totals per currency", async () => {
    await create({ value: "100.25", currency: "CNY" });
    await create({
      value: "50.75",
      currency: "CNY",
      sector: "logistics",
      type: "INVESTMENT",
      venueId: world.tokyo.id,
      cityB: { en: "Tokyo" },
    });
    await create({ value: "300000000", currency: "JPY", type: "INVESTMENT" });
    await create({ value: "999", currency: "USD", visibility: "INTERNAL" });
    const cancelled = await create({ value: "5000", currency: "USD" });
    await changeAgreementStatus(world.actors.admin, { id: cancelled.id, version: 1, status: "CANCELLED" });

    const t = await tally();
    expect(t.totals.agreements).toBe(3);
    expect(t.valueTotals).toEqual([
      { currency: "CNY", totalMinor: "15100", count: 2 },
      { currency: "JPY", totalMinor: "300000000", count: 1 },
    ]);
    expect(t.bySector).toEqual([
      { key: "medical-health", count: 2 },
      { key: "logistics", count: 1 },
    ]);
    expect(t.byType.find((r) => r.key === "INVESTMENT")?.count).toBe(2);
    expect(t.byVenue.map((v) => [v.label.en, v.count])).toEqual([
      ["Jinan", 2],
      ["Tokyo", 1],
      ["Cloud venue", 0],
    ]);
    expect(t.byCityB.map((c) => [c.key, c.count])).toEqual([
      ["osaka", 2],
      ["tokyo", 1],
    ]);
  });

  it("is not served for a draft event", async () => {
    const draft = await createAgreementWorld();
    const { db } = await import("../db/client.ts");
    await db().event.update({ where: { id: draft.event.id }, data: { status: "DRAFT" }, select: { id: true } });
    expect((await getTally({ slug: draft.event.slug })).ok).toBe(false);
  });
});

describe("tally events", () => {
  it("publishes the event id after a committed create", async () => {
    const seen: string[] = [];
    const off = subscribeTallyChanges((c) => seen.push(c.eventId));
    await create({});
    off();
    expect(seen).toEqual([world.event.id]);
  });
});

async function readEvent(reader: ReadableStreamDefaultReader<Uint8Array>, buffer: { text: string }): Promise<Tally> {
  const decoder = new TextDecoder();
  for (;;) {
    const match = /event: tally\ndata: (.*)\n\n/.exec(buffer.text);
    if (match) {
      buffer.text = buffer.text.slice(match.index + match[0].length);
      return JSON.parse(match[1]) as Tally;
    }
    const { value, done } = await reader.read();
    if (done) throw new Error("stream ended");
    buffer.text += decoder.decode(value, { stream: true });
  }
}

describe("SSE route", () => {
  it("sends the tally at connect, pushes a new one after a create, and cleans up on abort", async () => {
    const abort = new AbortController();
    const response = await GET(new Request(`http://x/api/events/${world.event.slug}/tally/stream`, { signal: abort.signal }), {
      params: Promise.resolve({ slug: world.event.slug }),
    });
    expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = response.body!.getReader();
    const buffer = { text: "" };
    const first = await readEvent(reader, buffer);
    const started = Date.now();
    await create({});
    const second = await readEvent(reader, buffer);
    expect(second.totals.agreements).toBe(first.totals.agreements + 1);
    expect(Date.now() - started).toBeLessThan(2_000);
    abort.abort();
    const end = await reader.read();
    expect(end.done).toBe(true);
  });

  it("fans one recomputation out to many viewers", async () => {
    const controllers = Array.from({ length: 50 }, () => new AbortController());
    const readers = await Promise.all(
      controllers.map(async (c) => {
        const res = await GET(new Request("http://x/", { signal: c.signal }), { params: Promise.resolve({ slug: world.event.slug }) });
        return { reader: res.body!.getReader(), buffer: { text: "" } };
      }),
    );
    const firsts = await Promise.all(readers.map((r) => readEvent(r.reader, r.buffer)));
    await create({});
    const seconds = await Promise.all(readers.map((r) => readEvent(r.reader, r.buffer)));
    expect(new Set(seconds.map((t) => t.computedAt)).size).toBe(1); // one shared computation
    expect(seconds[0].totals.agreements).toBe(firsts[0].totals.agreements + 1);
    controllers.forEach((c) => c.abort());
  });

  it("answers 404 for an unknown event", async () => {
    const res = await GET(new Request("http://x/"), { params: Promise.resolve({ slug: "no-such-event" }) });
    expect(res.status).toBe(404);
    publishTallyChange({ eventId: "no-such-event" }); // no listeners: must not throw
  });
});
