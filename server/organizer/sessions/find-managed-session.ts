import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { canManage } from "../shared/access.ts";

/** The session's event and organization if the actor manages it; null when missing or foreign. */
export async function findManagedSession(actor: CurrentUser, sessionId: string) {
  const session = await db().session.findUnique({
    where: { id: sessionId },
    select: { id: true, eventId: true, event: { select: { organizationId: true } } },
  });
  if (!session || !canManage(actor, session.event.organizationId)) return null;
  return { id: session.id, eventId: session.eventId, organizationId: session.event.organizationId };
}
