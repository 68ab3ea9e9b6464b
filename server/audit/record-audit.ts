import "server-only";
import type { Prisma } from "../db/client.ts";

export type AuditEntry = {
  actorId: string | null;
  organizationId?: string | null;
  eventId?: string | null;
  entity: string; // "Event", "Venue", "Session", "Agreement" ...
  entityId: string;
  action: "create" | "update" | "delete" | "status" | string;
  before?: unknown;
  after?: unknown;
};

// JSON-safe copy: BigInt values (agreement amounts) become strings, Dates ISO strings.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}

/** Writes one audit row inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      organizationId: entry.organizationId ?? null,
      eventId: entry.eventId ?? null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
    select: { id: true },
  });
}
