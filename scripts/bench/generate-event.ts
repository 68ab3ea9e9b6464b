import type { PrismaClient } from "../../server/db/generated/client.ts";
import type { SessionType } from "../../server/db/generated/enums.ts";

// A published event with many sessions, speakers and relays, for the benchmark and for the
// test that the agenda's query count does not grow with the number of sessions.

const TYPES: SessionType[] = ["PLENARY", "INDUSTRY_SEMINAR", "CITY_SEMINAR", "SIGNING_CEREMONY", "NETWORKING"];

export async function generateAgendaEvent(
  prisma: PrismaClient,
  options: { slug: string; sessions: number; organizationId?: string },
): Promise<{ eventId: string; slug: string }> {
  const org =
    options.organizationId ??
    (
      await prisma.organization.create({
        data: { slug: `${options.slug}-org`, name: { en: "Bench org" }, country: "CN" },
        select: { id: true },
      })
    ).id;
  const event = await prisma.event.create({
    data: {
      organizationId: org,
      slug: options.slug,
      status: "PUBLISHED",
      title: { en: `Generated ${options.sessions}`, zh: "生成的活动" },
      sideAName: { en: "A" },
      sideBName: { en: "B" },
      languages: ["zh", "ja", "en"],
      primaryTimeZone: "Asia/Shanghai",
      startDate: new Date("2021-05-10T00:00:00Z"),
      endDate: new Date("2021-05-14T00:00:00Z"),
    },
    select: { id: true },
  });
  const zones = ["Asia/Shanghai", "Asia/Tokyo", "Asia/Tokyo", "Asia/Shanghai"];
  const venueIds: string[] = [];
  for (const [i, zone] of zones.entries()) {
    const v = await prisma.venue.create({
      data: {
        eventId: event.id,
        kind: i === 3 ? "ONLINE" : "PHYSICAL",
        name: { en: `Venue ${i}` },
        city: { en: `City ${i}` },
        timeZone: zone,
        capacity: 100,
        position: i,
      },
      select: { id: true },
    });
    venueIds.push(v.id);
  }
  const people = await prisma.person.createManyAndReturn({
    data: Array.from({ length: 20 }, (_, i) => ({
      organizationId: org,
      name: { en: `Speaker ${i}` },
      title: { en: "Director" },
      precedence: i * 10,
    })),
    select: { id: true },
  });
  const tracks = await prisma.track.createManyAndReturn({
    data: Array.from({ length: 6 }, (_, i) => ({ eventId: event.id, name: { en: `Track ${i}` }, color: "teal", position: i })),
    select: { id: true },
  });
  const base = Date.parse("2021-05-10T01:00:00Z");
  const sessions = await prisma.session.createManyAndReturn({
    data: Array.from({ length: options.sessions }, (_, i) => ({
      eventId: event.id,
      type: TYPES[i % TYPES.length],
      title: { en: `Session ${i}`, zh: `会议 ${i}` },
      abstract: { en: "Abstract ".repeat(20) },
      startsAt: new Date(base + Math.floor(i / 60) * 86_400_000 + (i % 60) * 10 * 60_000),
      endsAt: new Date(base + Math.floor(i / 60) * 86_400_000 + (i % 60) * 10 * 60_000 + 30 * 60_000),
      hostVenueId: venueIds[i % 3],
      trackId: tracks[i % 6].id,
      language: i % 2 ? "ja" : "zh",
      interpretation: ["en"],
    })),
    select: { id: true },
  });
  await prisma.sessionRelay.createMany({
    data: sessions.flatMap((s, i) => [venueIds[(i + 1) % 3], venueIds[3]].map((venueId) => ({ sessionId: s.id, venueId }))),
  });
  await prisma.sessionRole.createMany({
    data: sessions.flatMap((s, i) =>
      [0, 1].map((k) => ({
        sessionId: s.id,
        personId: people[(i + k) % people.length].id,
        role: k ? ("SPEAKER" as const) : ("MODERATOR" as const),
        position: k,
      })),
    ),
  });
  return { eventId: event.id, slug: options.slug };
}
