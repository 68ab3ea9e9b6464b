import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";
import { env } from "../env.ts";

// One Prisma client per process (kept on globalThis so dev reloads do not open new pools).
// The same pg driver path serves an external PostgreSQL and the embedded PGlite server;
// the launcher sets DATABASE_POOL_MAX=1 for PGlite, which is a single session underneath.
const globalForPrisma = globalThis as unknown as { accordPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  const adapter = new PrismaPg({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_MAX,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

export function db(): PrismaClient {
  globalForPrisma.accordPrisma ??= createClient();
  return globalForPrisma.accordPrisma;
}

export type { PrismaClient };
export { Prisma } from "./generated/client.ts";
