import type { PrismaClient } from "../../server/db/generated/client.ts";
import { DEMO_EVENT } from "./demo-event.ts";
import { DEMO_ORG } from "./demo-organizations.ts";
import { summarizeDemo, type SeedSummary } from "./summarize-demo.ts";
import { hashMissingDemoUsers, writeDemoOrganizations, writeDemoUsers } from "./write-demo-accounts.ts";
import { writeDemoAgreements } from "./write-demo-agreements.ts";
import { writeDemoFollowUp } from "./demo-follow-up.ts";
import { DEMO_USERS } from "./demo-users.ts";
import { writeDemoCaptions } from "./write-demo-captions.ts";
import { writeDemoEvent, writeDemoSessions, writeDemoTracks, writeDemoVenues } from "./write-demo-event.ts";
import { writeDemoPeople } from "./write-demo-people.ts";

export type { SeedSummary };

/**
 * Seeds the reference event of docs/PRODUCT.md ("Dialogue with Shandong", 30 July 2020)
 * with its organizations, demo users, venues, sessions, people, video messages (and their
 * caption files, when `storageDir` is given), agreements and outcomes. Idempotent: every row has a fixed id or natural key and is only created
 * when missing, so a second run changes nothing and rows edited or added by users survive.
 */
export async function seedDemo(prisma: PrismaClient, options: { storageDir?: string } = {}): Promise<SeedSummary> {
  const hashes = await hashMissingDemoUsers(prisma);
  const event = await prisma.$transaction(
    async (tx) => {
      const orgIds = await writeDemoOrganizations(tx);
      await writeDemoUsers(tx, orgIds, hashes);
      const orgId = orgIds[DEMO_ORG.slug];
      const event = await writeDemoEvent(tx, orgId);
      // A slug taken by an event the seed did not create is not ours to fill in.
      if (!event.ours) return event;
      await writeDemoVenues(tx, event.id);
      await writeDemoTracks(tx, event.id);
      await writeDemoSessions(tx, event.id);
      await writeDemoPeople(tx, orgId, event.id);
      await writeDemoAgreements(tx, orgId, event.id);
      await writeDemoFollowUp(tx, DEMO_USERS.owner.id);
      return event;
    },
    // PGlite (the embedded database) is slower than a server; be generous.
    { maxWait: 30_000, timeout: 120_000 },
  );
  // Captions are files: linked only when the caller names the storage folder to write them to.
  if (event.ours && options.storageDir) await writeDemoCaptions(prisma, options.storageDir);
  return summarizeDemo(prisma, event.id, event.ours);
}

export { DEMO_EVENT };
