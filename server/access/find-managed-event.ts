import "server-only";
import type { CurrentUser } from "@/server/auth/resolve-current-user";
import { db, type Prisma } from "@/server/db/client";
import { allowed, gateFor, type Denied } from "./authorize.ts";
import type { AccessAction } from "./policy.ts";

const MANAGED_EVENT_SELECT = {
  id: true,
  organizationId: true,
  startDate: true,
  endDate: true,
  status: true,
  version: true,
  primaryTimeZone: true,
  languages: true,
} as const;

export type ManagedEvent = Prisma.EventGetPayload<{ select: typeof MANAGED_EVENT_SELECT }>;

/** The event if the caller may do `action` on it; else the denial ("Event not found." when missing or foreign). */
export async function findManagedEvent(
  actor: CurrentUser | null,
  action: AccessAction,
  eventId: string,
  tx: Prisma.TransactionClient = db(),
): Promise<ManagedEvent | Denied> {
  const gate = gateFor(actor, action);
  if ("denied" in gate) return gate.denied;
  const event = await tx.event.findUnique({ where: { id: eventId }, select: MANAGED_EVENT_SELECT });
  return allowed(gate.actor, action, event, "Event");
}
