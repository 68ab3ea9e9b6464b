// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL, or to the embedded
// database when it is unset, and says what it applied.
import { migrate } from "../server/db/migrate.ts";
import { runCli } from "./lib/cli-error.ts";
import { loadDotenv } from "./lib/load-dotenv.ts";
import { resolveDatabase } from "./lib/resolve-database.ts";

const log = (m: string) => console.log(`db:migrate: ${m}`);

await runCli("db:migrate", async () => {
  loadDotenv("development");
  const database = await resolveDatabase();
  try {
    log(`database: ${database.label}`);
    const result = await migrate(database.url, { log });
    log(
      result.applied.length
        ? `applied ${result.applied.length} migration(s); ${result.skipped.length} were already applied`
        : `nothing to apply; ${result.skipped.length} migration(s) already applied`,
    );
  } finally {
    await database.stop();
  }
});
