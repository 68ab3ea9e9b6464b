import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/server/db/generated/client";
import { db } from "@/server/db/client";
import { queryCountHeaderAllowed } from "./bench-mode";

// Counts the SQL statements an agenda build sends, for the benchmark's debug header and
// for tests. Prisma only emits query events from a client built with `log: query`, so in
// bench mode the agenda reads through a second, instrumented client; the counter is kept
// per call in AsyncLocalStorage so concurrent requests do not mix their counts.

const store = new AsyncLocalStorage<{ count: number }>();
const g = globalThis as unknown as { accordCountingPrisma?: PrismaClient };

/** Attach to any client built with `log: [{ emit: "event", level: "query" }]`. */
export function onQueryEvent(): void {
  const counter = store.getStore();
  if (counter) counter.count += 1;
}

function countingClient(): PrismaClient {
  if (!g.accordCountingPrisma) {
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 5 }),
      log: [{ emit: "event", level: "query" }],
    });
    client.$on("query", onQueryEvent);
    g.accordCountingPrisma = client;
  }
  return g.accordCountingPrisma;
}

/** The client agenda reads use: the instrumented one in bench mode, else the app's. */
export function agendaDb(): PrismaClient {
  return queryCountHeaderAllowed() ? countingClient() : db();
}

export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const counter = { count: 0 };
  const result = await store.run(counter, fn);
  return { result, queries: counter.count };
}
