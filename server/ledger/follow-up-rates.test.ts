import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { DEMO_EVENT } from "@/prisma/seed/demo-event";
import { DEMO_USERS } from "@/prisma/seed/demo-users";
import { resolveCurrentUser } from "@/server/auth/resolve-current-user";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { getEventFollowUpRates } from "./get-event-follow-up-rates.ts";
import { saveMilestone } from "./save-milestone.ts";
import { getOrganizationRates } from "./get-organization-rates.ts";
import type { CurrentUser } from "@/server/auth/current-user";

// The rates the closing report shows, recounted on the demo data with plain SQL.
useTestDatabase();
let eventId: string;
let owner: CurrentUser;
beforeAll(async () => {
  await seedDemo(db());
  eventId = (await db().event.findUniqueOrThrow({ where: { slug: DEMO_EVENT.slug }, select: { id: true } })).id;
  const session = await db().authSession.create({
    data: { userId: DEMO_USERS.owner.id, expiresAt: new Date(Date.now() + 3_600_000) },
    select: { id: true },
  });
  owner = (await resolveCurrentUser({ uid: DEMO_USERS.owner.id, sid: session.id }))!;
}, 60_000);

async function sqlCount(typeKey: string): Promise<number> {
  const rows = await db().$queryRaw<{ n: bigint }[]>`
    SELECT count(DISTINCT a.id) AS n FROM "Agreement" a JOIN "AgreementMilestone" m ON m."agreementId" = a.id
    WHERE a."eventId" = ${eventId} AND a.visibility = 'PUBLIC' AND a.status IN ('SIGNED','IN_PROGRESS','COMPLETED')
      AND m."typeKey" = ${typeKey} AND m."doneOn" IS NOT NULL`;
  return Number(rows[0].n);
}

describe("follow-up rates of the demo event", () => {
  it("equal a SQL count: construction started, completed, funds in place, funds per currency", async () => {
    const result = await getEventFollowUpRates(owner, { eventId });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const r = result.data;
    const [{ n: total }] = await db().$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Agreement" WHERE "eventId" = ${eventId} AND visibility = 'PUBLIC' AND status IN ('SIGNED','IN_PROGRESS','COMPLETED')`;
    expect(r.total).toBe(Number(total));
    expect(r.total).toBe(17);
    expect(r.counted.constructionStarted).toHaveLength(await sqlCount("construction_started"));
    expect(r.counted.constructionStarted).toHaveLength(6);
    expect(r.counted.fulfilled).toHaveLength(await sqlCount("completed"));
    expect(r.counted.fundsInPlace).toHaveLength(await sqlCount("funds_in_place"));
    const funds = await db().$queryRaw<{ currency: string; committed: string; received: string }[]>`
      SELECT f.currency, sum(f."committedMinor")::text AS committed, sum(f."receivedMinor")::text AS received
      FROM "AgreementFund" f JOIN "Agreement" a ON a.id = f."agreementId"
      WHERE a."eventId" = ${eventId} AND a.visibility = 'PUBLIC' AND a.status IN ('SIGNED','IN_PROGRESS','COMPLETED')
      GROUP BY f.currency ORDER BY f.currency`;
    expect(r.funds.map((f) => ({ currency: f.currency, committed: f.committedMinor, received: f.receivedMinor }))).toEqual(funds);
    expect(funds.map((f) => f.currency)).toEqual(["CNY", "JPY", "USD"]);
    for (const id of r.counted.constructionStarted) expect(r.titles[id]?.en).toBeTruthy();

    // Per year and per sector for the organization: 2020 is the demo event; the sectors add up to it.
    const org = await getOrganizationRates(owner, {});
    if (!org.ok) throw new Error(JSON.stringify(org));
    const y2020 = org.data.byYear.find((y) => y.key === "2020")!;
    expect(y2020).toMatchObject({
      total: 17,
      constructionStarted: r.counted.constructionStarted.length,
      fulfilled: r.counted.fulfilled.length,
      fundsInPlace: r.counted.fundsInPlace.length,
    });
    expect(y2020.funds).toEqual(
      r.funds.map((f) => ({ currency: f.currency, committedMinor: f.committedMinor, receivedMinor: f.receivedMinor })),
    );
    const sum = (k: "total" | "constructionStarted") => org.data.bySector.reduce((n, s) => n + s[k], 0);
    expect([sum("total"), sum("constructionStarted")]).toEqual([17, 6]);
    const [{ n: medical }] = await db().$queryRaw<{ n: bigint }[]>`
      SELECT count(DISTINCT a.id) AS n FROM "Agreement" a JOIN "AgreementMilestone" m ON m."agreementId" = a.id
      WHERE a.sector = 'medical-health' AND m."typeKey" = 'construction_started' AND m."doneOn" IS NOT NULL`;
    expect(org.data.bySector.find((s) => s.key === "medical-health")?.constructionStarted).toBe(Number(medical));
  });

  it("moves when a milestone is done; another organization's organizer gets not found", async () => {
    const before = await getEventFollowUpRates(owner, { eventId });
    if (!before.ok) throw new Error("no rates");
    const notStarted = before.data.agreementIds.find((id) => !before.data.counted.constructionStarted.includes(id))!;
    expect(await saveMilestone(owner, { agreementId: notStarted, typeKey: "construction_started", doneOn: "2022-01-10" })).toMatchObject({
      ok: true,
    });
    const after = await getEventFollowUpRates(owner, { eventId });
    expect(after.ok && after.data.counted.constructionStarted).toHaveLength(before.data.counted.constructionStarted.length + 1);
    expect(await sqlCount("construction_started")).toBe(7);
    const outsiderSession = await db().authSession.create({
      data: { userId: DEMO_USERS.outsider.id, expiresAt: new Date(Date.now() + 3_600_000) },
      select: { id: true },
    });
    const outsider = await resolveCurrentUser({ uid: DEMO_USERS.outsider.id, sid: outsiderSession.id });
    expect(await getEventFollowUpRates(outsider, { eventId })).toMatchObject({ code: "not_found" });
  });
});
