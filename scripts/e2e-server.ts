// Serves the production build for Playwright on a database made fresh for this run:
// created, migrated and seeded with the demo event, then `next start`.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { adminUrl } from "../server/testing/admin-url.ts";
import { DEMO_EVENT } from "../prisma/seed/demo-event.ts";
import { createRegistration } from "../prisma/seed/factories.ts";
import type { PrismaClient } from "../server/db/generated/client.ts";
import { createSeededDatabase } from "./lib/seeded-database.ts";
import { addA11yUpdateLink } from "./lib/e2e-update-link.ts";

const port = process.env.E2E_PORT ?? "3210";
const dbName = process.env.ACCORD_E2E_DB ?? `accord_e2e_${Date.now().toString(36)}`;
// The demo event (30 July 2020) is over, so registration is closed: the delegate and the
// other organizer (whose pages the specs open with bookmark buttons) registered back then.
const registeredBefore = async (prisma: PrismaClient) => {
  for (const [userId, venueId] of [
    ["demo-user-delegate", "demo-venue-tokyo"],
    ["demo-user-other-organizer", "demo-venue-jinan"],
  ]) {
    await createRegistration(prisma, { eventId: DEMO_EVENT.id, userId, venueId }, { calendarToken: randomBytes(32).toString("base64url") });
  }
  await addA11yUpdateLink(prisma);
};
const url = await createSeededDatabase(adminUrl(), dbName, { replace: true, extra: registeredBefore });

if (!existsSync(".next/BUILD_ID")) {
  console.error("e2e-server: no production build; run `npm run build` first (npm test does).");
  process.exit(1);
}
// No -H: with -H 127.0.0.1 Next names itself "localhost" and turns proxy.ts's same-origin
// rewrite into an HTTP proxy hop, which can fail; `npm start` binds the same way.
const child = spawn("node_modules/.bin/next", ["start", "-p", port], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: url,
    DATABASE_POOL_MAX: "5",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
    ACCORD_E2E: "1",
  },
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
