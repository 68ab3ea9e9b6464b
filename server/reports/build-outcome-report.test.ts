import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { seedDemo, DEMO_EVENT } from "@/prisma/seed/seed-demo";
import { DEMO_USERS } from "@/prisma/seed/demo-users";
import { buildOutcomeReport, type OutcomeReport } from "./build-outcome-report.ts";
import { english } from "@/lib/i18n/server-messages/translate-message";

useTestDatabase();
let report: OutcomeReport;
beforeAll(async () => {
  await seedDemo(db());
  const admin = { id: DEMO_USERS.admin.id, email: "admin@accord.test", name: "Admin", role: "ADMIN" as const, memberships: [] };
  const r = await buildOutcomeReport(admin, { eventId: DEMO_EVENT.id });
  if (!r.ok) throw new Error(english(r.message));
  report = r.data;
}, 120_000);

const CITY_NAMES = { en: ["Jinan", "Tokyo", "Osaka"], zh: ["济南", "东京", "大阪"], ja: ["済南", "東京", "大阪"] } as const;

describe("buildOutcomeReport on the seeded reference event", () => {
  it("writes one report per event language with 17 projects and the three venue cities", () => {
    expect(report.reports.map((r) => r.lang).sort()).toEqual(["en", "ja", "zh"]);
    for (const r of report.reports) {
      expect(r.markdown).toContain("17");
      for (const city of CITY_NAMES[r.lang]) expect(r.markdown).toContain(city);
    }
  });

  it("reads naturally in each language", () => {
    const by = Object.fromEntries(report.reports.map((r) => [r.lang, r.paragraphs.join(" ")]));
    expect(by.en).toContain("on 30 July 2020, simultaneously at three venues in Jinan, Tokyo and Osaka and online");
    expect(by.en).toContain("Agreement was reached on 17 projects");
    expect(by.en).toMatch(/talent exchange programme and the .*technology transfer platform were established/);
    expect(by.zh).toContain("2020年7月30日");
    expect(by.zh).toContain("在济南、东京、大阪三地会场同步举行");
    expect(by.zh).toContain("共达成合作项目17个");
    expect(by.ja).toContain("済南・東京・大阪の3会場とオンラインで同時開催されました");
    expect(by.ja).toContain("17件のプロジェクトについて合意に達しました");
  });

  it("has the tally table with per-currency totals and is closed to other organizations", async () => {
    const en = report.reports.find((r) => r.lang === "en")!;
    expect(en.markdown).toMatch(/\| Sector \| Agreements \|/);
    const currencies = report.facts.tally.valueTotals.map((v) => v.currency);
    expect(new Set(currencies).size).toBe(currencies.length);
    const other = {
      id: "x",
      email: "o@x",
      name: "O",
      role: "ORGANIZER" as const,
      memberships: [{ organizationId: "demo-org-jceea", role: "OWNER" as const }],
    };
    expect((await buildOutcomeReport(other, { eventId: DEMO_EVENT.id })).ok).toBe(false);
    expect((await buildOutcomeReport(null, { eventId: DEMO_EVENT.id })).ok).toBe(false);
  });
});

describe("attendance per city (issue 20)", () => {
  it("says nothing about attendance while nobody was checked in", () => {
    expect(report.facts.attendance).toEqual([]);
    expect(report.reports.find((r) => r.lang === "en")!.markdown).not.toContain("Attendance");
  });

  it("states the people checked in per city in each language, with a table", async () => {
    const { createRegistration, createUser } = await import("@/prisma/seed/factories");
    const checkInAt = async (venueId: string, checkedIn: boolean) => {
      const user = await createUser(db());
      const reg = await createRegistration(db(), { eventId: DEMO_EVENT.id, userId: user.id, venueId });
      if (checkedIn)
        await db().checkIn.create({
          data: { eventId: DEMO_EVENT.id, registrationId: reg.id, venueId, scannedAt: new Date(), clientScanId: `report-${reg.id}` },
        });
    };
    await checkInAt("demo-venue-tokyo", true);
    await checkInAt("demo-venue-tokyo", true);
    await checkInAt("demo-venue-tokyo", false);
    await checkInAt("demo-venue-jinan", true);
    const admin = { id: DEMO_USERS.admin.id, email: "admin@accord.test", name: "Admin", role: "ADMIN" as const, memberships: [] };
    const r = await buildOutcomeReport(admin, { eventId: DEMO_EVENT.id });
    if (!r.ok) throw new Error(english(r.message));
    const by = Object.fromEntries(r.data.reports.map((x) => [x.lang, x]));
    expect(by.en!.paragraphs).toContain("3 people were checked in at the venues: 1 in Jinan, 2 in Tokyo and 0 in Osaka.");
    expect(by.zh!.paragraphs).toContain("现场签到出席3人，其中济南1人、东京2人、大阪0人。");
    expect(by.ja!.paragraphs).toContain("会場でのチェックインは計3人（済南1人、東京2人、大阪0人）でした。");
    expect(by.en!.markdown).toContain("| Tokyo | 2 | 3 |");
  });
});

describe("projects per session (issue 19: agreement ↔ session)", () => {
  it("groups the demo's projects by the seminar they were signed at, as a SQL count says, in en/zh/ja", async () => {
    const rows = await db().$queryRaw<{ sessionId: string; n: bigint }[]>`
      SELECT "sessionId", count(*) AS n FROM "Agreement"
      WHERE "eventId" = ${DEMO_EVENT.id} AND visibility = 'PUBLIC' AND status <> 'CANCELLED' AND "sessionId" IS NOT NULL
      GROUP BY "sessionId"`;
    const sql = Object.fromEntries(rows.map((r) => [r.sessionId, Number(r.n)]));
    const bySession = Object.fromEntries(report.facts.tally.bySession.map((r) => [r.key, r.count]));
    expect(bySession).toEqual(sql);
    expect(sql["demo-session-industry-medical"]).toBe(3);
    expect(Object.values(sql).reduce((a, b) => a + b, 0)).toBe(17);
    const by = Object.fromEntries(report.reports.map((x) => [x.lang, x.markdown]));
    expect(by.en).toContain("### By session (seminar)");
    expect(by.en).toContain("| Industry seminar: medical care and health care | 3 |");
    expect(by.zh).toContain("| 医疗康养产业对接会 | 3 |");
    expect(by.ja).toContain("| 産業交流会：医療・ヘルスケア | 3 |");
  });
});

describe("online attendance (issue 20)", () => {
  it("states beside the cities how many registrants watched through Accord's stream link, once each", async () => {
    const { createRegistration, createUser } = await import("@/prisma/seed/factories");
    const { openSessionStream } = await import("../agenda/open-session-stream.ts");
    const watcher = async () => {
      const user = await createUser(db());
      await createRegistration(db(), { eventId: DEMO_EVENT.id, userId: user.id, venueId: "demo-venue-online" });
      return { id: user.id, email: user.email, name: user.name, role: "DELEGATE" as const, memberships: [] };
    };
    const [a, b] = [await watcher(), await watcher()];
    await watcher(); // registered online, never opened a stream
    for (const [who, session] of [
      [a, "demo-session-plenary"],
      [a, "demo-session-plenary"],
      [a, "demo-session-signing"],
      [b, "demo-session-plenary"],
    ] as const)
      expect(await openSessionStream(who, { slug: DEMO_EVENT.slug, sessionId: session })).toMatchObject({ counted: true });
    const admin = { id: DEMO_USERS.admin.id, email: "admin@accord.test", name: "Admin", role: "ADMIN" as const, memberships: [] };
    const r = await buildOutcomeReport(admin, { eventId: DEMO_EVENT.id });
    if (!r.ok) throw new Error(english(r.message));
    const registeredOnline = await db().registration.count({
      where: { eventId: DEMO_EVENT.id, status: "CONFIRMED", venueId: "demo-venue-online" },
    });
    expect(r.data.facts.online).toEqual({ watched: 2, registered: registeredOnline });
    const by = Object.fromEntries(r.data.reports.map((x) => [x.lang, x]));
    expect(by.en!.paragraphs).toContain("2 registered delegates watched online.");
    expect(by.zh!.paragraphs).toContain("线上观看2人。");
    expect(by.ja!.paragraphs).toContain("オンラインでの視聴は2人でした。");
    expect(by.en!.markdown).toContain(`| Online | 2 | ${registeredOnline} |`);
    expect(by.zh!.markdown).toContain(`| 线上 | 2 | ${registeredOnline} |`);
    expect(by.ja!.markdown).toContain(`| オンライン | 2 | ${registeredOnline} |`);
  });
});
