import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../server/db/generated/client.ts";

// A first start should show something: seed the demo event when the database has none.
// prisma/seed/seed-demo.ts is optional (it may not exist yet on a branch), hence the
// dynamic import and a warning instead of a failure.
type SeedModule = { seedDemo: (prisma: PrismaClient, options?: { storageDir?: string }) => Promise<unknown> };

export async function seedIfEmpty(url: string, log: (m: string) => void): Promise<"seeded" | "not-empty" | "no-seed"> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
  try {
    if ((await prisma.event.count()) > 0) return "not-empty";
    const mod = await loadSeedModule();
    if (!mod) {
      log("warning: prisma/seed/seed-demo.ts not found; starting with an empty database");
      return "no-seed";
    }
    await mod.seedDemo(prisma, { storageDir: storageDir() });
    log("seeded the demo data");
    return "seeded";
  } finally {
    await prisma.$disconnect();
  }
}

async function loadSeedModule(): Promise<SeedModule | undefined> {
  const specifier = "../../prisma/seed/seed-demo.ts";
  try {
    return (await import(specifier)) as SeedModule;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    // Only a missing seed file is expected; a missing import *inside* it is a real bug.
    if (e.code === "ERR_MODULE_NOT_FOUND" && e.message?.includes("seed-demo")) return undefined;
    throw err;
  }
}

/** The demo and its shared password belong to the embedded database; a real PostgreSQL gets them only with ACCORD_SEED_DEMO=1. */
export function shouldSeedDemo(embedded: boolean, source: Record<string, string | undefined> = process.env): boolean {
  return embedded || source.ACCORD_SEED_DEMO === "1";
}

/** Where the app keeps uploads (ACCORD_STORAGE_DIR, default as in server/video-messages/storage-config.ts). */
export function storageDir(): string {
  return process.env.ACCORD_STORAGE_DIR?.trim() || ".data/storage";
}
