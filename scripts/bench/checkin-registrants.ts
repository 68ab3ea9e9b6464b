// The people both check-in benchmarks scan: `count` users (bench-u0, bench-u1, …) registered
// for one event at one venue, each with the check-in token the database gives them.
import type { PrismaClient } from "../../server/db/generated/client.ts";

export const BENCH_PEOPLE = 1_500;

export async function addCheckInRegistrants(p: PrismaClient, eventId: string, venueId: string, count = BENCH_PEOPLE) {
  const users = Array.from({ length: count }, (_, i) => ({
    id: `bench-u${i}`,
    email: `u${i}@bench.test`,
    name: `Guest ${i}`,
    passwordHash: "x",
  }));
  await p.user.createMany({ data: users });
  await p.registration.createMany({
    data: users.map((u, i) => ({ eventId, userId: u.id, venueId, calendarToken: `bench-cal-${i}` })),
  });
}
