// `npm run dev` / `npm start`: picks the database (DATABASE_URL or the embedded PostgreSQL),
// migrates and seeds it, fills in the auth settings, then runs Next as a child process.
import path from "node:path";
import { migrate } from "../server/db/migrate.ts";
import { ensureAuthSecret } from "./lib/auth-secret.ts";
import { CliError, runCli } from "./lib/cli-error.ts";
import { loadDotenv } from "./lib/load-dotenv.ts";
import { resolveDatabase } from "./lib/resolve-database.ts";
import { buildProduction } from "./lib/build-production.ts";
import { hasProductionBuild, runNext } from "./lib/run-next.ts";
import { seedIfEmpty, shouldSeedDemo } from "./lib/seed-if-empty.ts";

const log = (m: string) => console.log(`accord: ${m}`);

await runCli("accord", async () => {
  const mode = process.argv[2];
  if (mode !== "dev" && mode !== "start") throw new CliError("usage: launch.ts dev|start");
  loadDotenv(mode === "dev" ? "development" : "production");

  const database = await resolveDatabase();
  let exitCode = 1;
  try {
    log(`database: ${database.label}`);
    const result = await migrate(database.url, { log });
    log(result.applied.length ? `applied ${result.applied.length} migration(s)` : "database schema is up to date");
    // The demo (with its shared demo password) is for the embedded database; a real
    // PostgreSQL gets it only when asked. Its first admin comes from `npm run admin:create`.
    if (shouldSeedDemo(database.embedded)) await seedIfEmpty(database.url, log);
    else
      log(
        "DATABASE_URL is set: the demo is not seeded (ACCORD_SEED_DEMO=1 or `npm run db:seed` adds it); create the first admin with `npm run admin:create -- --email … --name …`",
      );

    const port = process.env.PORT ?? "3000";
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...database.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || (await ensureAuthSecret(dataRoot())),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
      PORT: port,
    };
    if (mode === "start" && !hasProductionBuild()) {
      log("no production build in .next; building it first (`npm run build`)");
      const built = await buildProduction(env);
      if (built !== 0) throw new CliError(`next build failed (exit code ${built})`);
    }
    exitCode = await runNext([mode, "--port", port], env);
  } finally {
    await database.stop();
  }
  process.exit(exitCode);
});

function dataRoot(): string {
  return path.resolve(process.env.ACCORD_DATA_DIR ?? ".data");
}
