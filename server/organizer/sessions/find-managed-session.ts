import "server-only";
import { allowed, type Denied } from "@/server/access/authorize";
import type { AccessAction } from "@/server/access/policy";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";

export type ManagedSession = { id: string; eventId: string; organizationId: string };

/** The session's event and organization if the actor may do `action` on it; else the denial. */
export async function findManagedSession(actor: CurrentUser, action: AccessAction, sessionId: string): Promise<ManagedSession | Denied> {
  const session = await db().session.findUnique({
    where: { id: sessionId },
    select: { id: true, eventId: true, event: { select: { organizationId: true } } },
  });
  const found = session && { id: session.id, eventId: session.eventId, organizationId: session.event.organizationId };
  return allowed(actor, action, found, "Session");
}
