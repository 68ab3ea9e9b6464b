import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Prisma } from "@/server/db/client";

/** The audit row of a change to a video message, in the caller's transaction. */
export function auditVideoMessage(
  tx: Prisma.TransactionClient,
  actorId: string,
  message: { id: string; eventId: string; event: { organizationId: string } },
  action: string,
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  return recordAudit(tx, {
    actorId,
    organizationId: message.event.organizationId,
    eventId: message.eventId,
    entity: "VideoMessage",
    entityId: message.id,
    action,
    ...change,
  });
}
