// `npm run admin:create -- --email ana@example.org --name "Ana Ruiz" [--locale zh] [--url https://accord.example.org]`
// Creates an admin (the first, or another) with no password and prints a one-time link to
// set it (single use, expires in 3 days, stored hashed). The same link is queued as mail,
// sent by the running app's worker when SMTP_URL is set, else kept in its outbox.
// Runs with --conditions react-server so it can use server/ code (see package.json).
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/db/generated/client.ts";
import { createAdmin } from "../server/people/create-admin.ts";
import { CliError, runCli } from "./lib/cli-error.ts";
import { loadDotenv } from "./lib/load-dotenv.ts";
import { resolveDatabase } from "./lib/resolve-database.ts";
import type { z } from "zod";
import { issueMessage } from "../lib/i18n/server-messages/issue-message.ts";
import { english } from "../lib/i18n/server-messages/translate-message.ts";

const log = (m: string) => console.log(`admin:create: ${m}`);

await runCli("admin:create", async () => {
  loadDotenv("production");
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, locale: { type: "string" }, url: { type: "string" } },
  });
  if (!values.email || !values.name)
    throw new CliError(
      'usage: npm run admin:create -- --email you@example.org --name "Your Name" [--locale en|zh|ja] [--url https://accord.example.org]',
    );
  const baseUrl = values.url ?? process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
  const database = await resolveDatabase();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 1 }) });
  try {
    log(`database: ${database.label}`);
    const created = await createAdmin(prisma, { email: values.email, name: values.name, locale: values.locale ?? "en" }, baseUrl).catch(
      (err: unknown) => {
        const e = err as { issues?: z.core.$ZodIssue[]; message: string; code?: string };
        if (e.issues) throw new CliError(e.issues.map((i) => `${i.path.join(".")}: ${english(issueMessage(i))}`).join("; "));
        if (e.code === "P2021" || /graphile_worker/.test(e.message))
          throw new CliError("the database is not migrated yet; run `npm run db:migrate` first");
        throw new CliError(e.message);
      },
    );
    log(`created admin ${created.email}`);
    log(`one-time link to set the password (valid until ${created.expiresAt.toISOString()}):`);
    console.log(created.link);
    log("the same link was queued as mail (sent by the running app when SMTP_URL is set, else shown in its outbox)");
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
});
