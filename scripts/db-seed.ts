// `npm run db:seed`: seeds the demo event ("Dialogue with Shandong", 30 July 2020) into
// DATABASE_URL, or into the embedded database when it is unset. Safe to run again: it only
// creates what is missing and never changes or deletes other rows.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/db/generated/client.ts";
import { migrate } from "../server/db/migrate.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users.ts";
import { seedDemo } from "../prisma/seed/seed-demo.ts";
import { CliError, runCli } from "./lib/cli-error.ts";
import { resolveDatabase } from "./lib/resolve-database.ts";
import { storageDir } from "./lib/seed-if-empty.ts";

const log = (m: string) => console.log(`db:seed: ${m}`);

await runCli("db:seed", async () => {
  if (!process.env.DATABASE_URL?.trim()) {
    log("DATABASE_URL is not set; using the embedded database (the one `npm run dev` and `npm start` use).");
    log("To seed your own PostgreSQL instead, set DATABASE_URL=postgresql://user:password@host:5432/database");
  }
  const database = await resolveDatabase();
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max: database.embedded ? 1 : 2 }),
  });
  try {
    log(`database: ${database.label}`);
    // The embedded database is ours to keep current; an external one is migrated on purpose.
    if (database.embedded) await migrate(database.url, { log });
    const summary = await seedDemo(prisma, { storageDir: storageDir() }).catch((err: unknown) => {
      if ((err as { code?: string }).code === "P2021") {
        throw new CliError("the database has no Accord tables yet; run `npm run db:migrate` first");
      }
      throw err;
    });
    if (!summary.eventSeeded) {
      log(`warning: an event with slug "${summary.eventSlug}" exists and was not created by the seed; left it alone`);
    }
    log(`demo event "${summary.eventSlug}" (${summary.eventId}):`);
    for (const [name, count] of Object.entries(summary.counts)) log(`  ${name.padEnd(18)} ${count}`);
    log(`sign in with password "${DEMO_PASSWORD}" as:`);
    for (const u of Object.values(DEMO_USERS)) log(`  ${u.email.padEnd(30)} ${u.role}`);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
});
