import { describe, expect, it } from "vitest";
import { createEvent, createVenue } from "@/prisma/seed/factories";
import { DEMO_EVENT } from "@/prisma/seed/demo-event";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { findPublicTallyEvent } from "@/server/tally/get-tally";
import { getPublicEvent } from "./get-public-event";
import { listPublishedEvents } from "./list-published-events";

useTestDatabase();

describe("events past their last day", () => {
  it("read as concluded (tally final) while a future event stays published", async () => {
    await seedDemo(db());
    const orgId = (await db().event.findUniqueOrThrow({ where: { id: DEMO_EVENT.id }, select: { organizationId: true } })).organizationId;
    const next = new Date(Date.now() + 30 * 86_400_000);
    const future = await createEvent(db(), orgId, { status: "PUBLISHED", startDate: next, endDate: next });
    await createVenue(db(), future.id, { timeZone: "Asia/Tokyo" });

    const cards = await listPublishedEvents();
    expect(cards.find((e) => e.slug === DEMO_EVENT.slug)?.status).toBe("CONCLUDED");
    expect(cards.find((e) => e.slug === future.slug)?.status).toBe("PUBLISHED");
    expect((await getPublicEvent(DEMO_EVENT.slug))?.status).toBe("CONCLUDED");
    expect((await findPublicTallyEvent(DEMO_EVENT.slug))?.final).toBe(true);
    expect((await findPublicTallyEvent(future.slug))?.final).toBe(false);
    // Stored status is untouched: reading changes nothing.
    expect((await db().event.findUniqueOrThrow({ where: { id: DEMO_EVENT.id }, select: { status: true } })).status).toBe("PUBLISHED");
  }, 120_000); // seeding the demo (twice) is slow on a shared machine
});
