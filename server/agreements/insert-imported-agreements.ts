import "server-only";
import { randomUUID } from "node:crypto";
import type { CurrentUser } from "../auth/current-user.ts";
import type { Prisma } from "../db/client.ts";
import type { ManagedEvent } from "@/server/access/find-managed-event";
import type { CreateAgreementInput } from "@/lib/validation/agreement-schema.ts";
import type { ResolvedRefs } from "./resolve-agreement-refs.ts";
import type { ImportLookups } from "./import-lookups.ts";
import { toAgreementView } from "./agreement-view.ts";
import { yieldEvery } from "../shared/yield-to-other-requests.ts";

// The write of a confirmed agreements CSV import, in the caller's transaction: per
// BATCH_ROWS rows one INSERT … SELECT FROM jsonb_to_recordset(<the batch as JSON>) each for
// the agreements, their party links and their audit rows (plus one for the parties the file
// names that the organization does not have yet), instead of six to eight Prisma statements
// a row. The rows are those that createAgreement writes for one agreement (create-agreement.ts),
// the audit row's `after` is the same agreement view. Ids are made here (random UUIDs).

export const BATCH_ROWS = 500;

export type CheckedRow = { line: number; data: CreateAgreementInput; refs: ResolvedRefs };

/**
 * First step of the confirm's transaction: waits for any other import into this event to end
 * (a lock held until commit), then answers whether a row of this file is in the register now.
 * Two confirms of one file at once (two tabs, a double click) meet here: the second finds the
 * first's rows, writes nothing and is told so, instead of failing on the unique key.
 */
export async function anyRowImportedMeanwhile(tx: Prisma.TransactionClient, eventId: string, rows: CheckedRow[]): Promise<boolean> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`agreements-import:${eventId}`}))`;
  const keys = rows.map((r) => r.data.idempotencyKey);
  const found = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "Agreement" WHERE "idempotencyKey" = ANY(${keys}::text[]) LIMIT 1`;
  return found.length > 0;
}

export async function insertImportedAgreements(
  tx: Prisma.TransactionClient,
  actor: CurrentUser,
  event: ManagedEvent,
  rows: CheckedRow[],
  lookups: ImportLookups,
): Promise<number> {
  const newParties = await insertNewParties(tx, event.organizationId, rows);
  const partyOf = (ref: ResolvedRefs["parties"][number]["ref"]) => ("partyId" in ref ? ref.partyId : newParties.get(nameKey(ref.name))!.id);
  const newById = new Map([...newParties.values()].map((p) => [p.id, p]));
  const partyInfo = (id: string) => lookups.party(id) ?? newById.get(id)!;
  const pause = yieldEvery();
  let created = 0;
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    await pause();
    const batch = rows.slice(start, start + BATCH_ROWS).map((row) => ({ ...row, id: randomUUID() }));
    const inserted = await tx.$queryRaw<{ id: string; createdAt: Date; updatedAt: Date }[]>`
      INSERT INTO "Agreement" (id, "eventId", title, sector, type, "valueMinor", currency, "cityA", "cityB", "sessionId", "venueId",
                               "signedAt", status, visibility, "idempotencyKey", "updatedAt")
      SELECT r.id, ${event.id}, r.title, r.sector, r.type::"AgreementType", r."valueMinor", r.currency, r."cityA", r."cityB",
             r."sessionId", r."venueId", r."signedAt", r.status::"AgreementStatus", r.visibility::"Visibility", r."idempotencyKey", now()
      FROM jsonb_to_recordset(${JSON.stringify(
        batch.map(({ id, data, refs }) => ({
          id,
          title: data.title,
          sector: data.sector,
          type: data.type,
          valueMinor: data.valueMinor?.toString() ?? null,
          currency: data.currency,
          cityA: data.cityA ?? null,
          cityB: data.cityB ?? null,
          sessionId: refs.sessionId,
          venueId: refs.venueId,
          signedAt: refs.signedAt?.toISOString() ?? null,
          status: data.status,
          visibility: data.visibility,
          idempotencyKey: data.idempotencyKey,
        })),
      )}::jsonb)
        AS r(id text, title jsonb, sector text, type text, "valueMinor" bigint, currency text, "cityA" jsonb, "cityB" jsonb,
             "sessionId" text, "venueId" text, "signedAt" timestamptz, status text, visibility text, "idempotencyKey" text)
      RETURNING id, "createdAt", "updatedAt"`;
    const stamps = new Map(inserted.map((r) => [r.id, r]));
    const links = batch.flatMap(({ id, refs }) => refs.parties.map((p) => ({ agreementId: id, partyId: partyOf(p.ref), side: p.side })));
    if (links.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "AgreementParty" ("agreementId", "partyId", side)
        SELECT r."agreementId", r."partyId", r.side::"SideCode"
        FROM jsonb_to_recordset(${JSON.stringify(links)}::jsonb) AS r("agreementId" text, "partyId" text, side text)`;
    }
    // The audit row of each agreement holds its view, as createAgreement records it.
    const after = [];
    for (const { id, data, refs } of batch) {
      await pause();
      const venue = refs.venueId ? lookups.venue(refs.venueId)! : null;
      const view = toAgreementView({
        ...data,
        id,
        eventId: event.id,
        sessionId: refs.sessionId,
        venueId: refs.venueId,
        signedAt: refs.signedAt,
        cityA: data.cityA ?? null,
        cityB: data.cityB ?? null,
        idempotencyKey: data.idempotencyKey,
        version: 1,
        createdAt: stamps.get(id)!.createdAt,
        updatedAt: stamps.get(id)!.updatedAt,
        venue,
        parties: refs.parties
          .map((p) => ({ side: p.side, id: partyOf(p.ref) }))
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
          .map((p) => ({ side: p.side, party: { id: p.id, ...partyInfo(p.id) } })),
      });
      after.push({ id, after: view });
    }
    await tx.$executeRaw`
      INSERT INTO "AuditLog" ("actorId", "organizationId", "eventId", entity, "entityId", action, after)
      SELECT ${actor.id}, ${event.organizationId}, ${event.id}, 'Agreement', r.id, 'create', r.after
      FROM jsonb_to_recordset(${JSON.stringify(after)}::jsonb) AS r(id text, after jsonb)`;
    created += inserted.length;
  }
  return created;
}

const nameKey = (name: Record<string, string | undefined>) => (Object.values(name)[0] ?? "").toLocaleLowerCase();

/** One new party per distinct name the file uses that the organization does not have (one statement). */
async function insertNewParties(tx: Prisma.TransactionClient, organizationId: string, rows: CheckedRow[]) {
  const parties = new Map<string, { id: string; name: unknown; country: string | null }>();
  for (const { refs } of rows)
    for (const { ref } of refs.parties)
      if ("name" in ref && !parties.has(nameKey(ref.name)))
        parties.set(nameKey(ref.name), { id: randomUUID(), name: ref.name, country: ref.country ?? null });
  if (parties.size > 0) {
    await tx.$executeRaw`
      INSERT INTO "Party" (id, "organizationId", name, country)
      SELECT r.id, ${organizationId}, r.name, r.country
      FROM jsonb_to_recordset(${JSON.stringify([...parties.values()])}::jsonb) AS r(id text, name jsonb, country text)`;
  }
  return parties;
}
