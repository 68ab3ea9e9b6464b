import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { createAgreement } from "../agreements/create-agreement.ts";
import { agreementInput, createAgreementWorld, type AgreementWorld } from "../agreements/agreement-test-fixture.ts";
import { changeEventStatus } from "../organizer/events/change-event-status.ts";
import { publishTallyChange } from "./tally-events.ts";
import { resetTallyFeedForTests } from "./tally-feed.ts";
import { HEARTBEAT_MS } from "./tally-stream.ts";
import { GET } from "@/app/api/events/[slug]/tally/stream/route";

// A live board must stop receiving totals as soon as its event stops being public, like
// every other public surface (which answers 404 then).
useTestDatabase();
let world: AgreementWorld;
beforeEach(async () => {
  resetTallyFeedForTests();
  world = await createAgreementWorld();
});
afterEach(() => vi.useRealTimers());

async function connect() {
  const abort = new AbortController();
  const res = await GET(new Request("http://x/", { signal: abort.signal }), { params: Promise.resolve({ slug: world.event.slug }) });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  // The retry line and the tally at connect, however the chunks are cut.
  let text = "";
  while (tallies(text) < 1) text += new TextDecoder().decode((await reader.read()).value);
  expect(text).toContain("retry: 2000");
  return { reader, abort };
}

/** Everything the stream sends until it closes (or `ms` pass, then "OPEN"). */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, ms = 3_000): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + ms;
  for (;;) {
    const left = deadline - Date.now();
    const next = await Promise.race([reader.read(), new Promise<"timeout">((r) => setTimeout(() => r("timeout"), Math.max(left, 0)))]);
    if (next === "timeout") return text + "OPEN";
    if (next.done) return text;
    text += decoder.decode(next.value, { stream: true });
  }
}

const tallies = (text: string) => (text.match(/event: tally\n/g) ?? []).length;

describe("live tally of an event that stops being public", () => {
  it("closes the stream on unpublish instead of pushing the next totals", async () => {
    const { reader } = await connect();
    const unpublished = await changeEventStatus(world.actors.admin, {
      eventId: world.event.id,
      version: world.event.version,
      action: "unpublish",
    });
    expect(unpublished.ok).toBe(true);
    // A write arriving after that (here: straight in the table plus its change notice) must not reach the board.
    await db().agreement.create({
      data: { eventId: world.event.id, title: { en: "After unpublish" }, sector: "logistics", type: "MOU" },
      select: { id: true },
    });
    publishTallyChange({ eventId: world.event.id });
    const rest = await drain(reader);
    expect(rest.endsWith("OPEN"), "stream still open").toBe(false);
    expect(tallies(rest)).toBe(0);
  });

  it("re-checks before each push even when the status changed without a notice (another process)", async () => {
    const { reader } = await connect();
    await db().event.update({ where: { id: world.event.id }, data: { status: "DRAFT" } });
    const created = await createAgreement(world.actors.admin, agreementInput(world, {}));
    // The write may be refused for a draft event; either way a change notice arrives.
    if (!created.ok) publishTallyChange({ eventId: world.event.id });
    const rest = await drain(reader);
    expect(rest.endsWith("OPEN"), "stream still open").toBe(false);
    expect(tallies(rest)).toBe(0);
  });

  it("closes an idle stream at the next heartbeat once the event is no longer public", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const { reader } = await connect();
    await db().event.update({ where: { id: world.event.id }, data: { status: "ARCHIVED" } });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS + 10);
    const rest = await drain(reader);
    expect(rest.endsWith("OPEN"), "stream still open").toBe(false);
    expect(rest).not.toContain("heartbeat");
  });

  it("keeps streaming while the event stays public", async () => {
    const { reader, abort } = await connect();
    await createAgreement(world.actors.admin, agreementInput(world, {}));
    const rest = await drain(reader, 1_500);
    expect(rest.endsWith("OPEN")).toBe(true);
    expect(tallies(rest)).toBe(1);
    abort.abort();
  });
});
