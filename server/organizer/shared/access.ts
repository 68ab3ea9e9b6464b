import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { canAccessOrganization } from "@/server/auth/guards";
import { db, type Prisma } from "@/server/db/client";
import { notFound, type ActionResult } from "@/server/shared/result";

// Who may use the organizer workspace, and which records they reach. Records of other
// organizations answer "not found" exactly like missing ones, so ids reveal nothing.

export type Denied = Extract<ActionResult<never>, { code: "unauthenticated" | "forbidden" | "not_found" }>;

export const unauthenticated = (): Denied => ({ ok: false, code: "unauthenticated", message: "Sign in to continue." });
export const forbidden = (): Denied => ({ ok: false, code: "forbidden", message: "Only organizers and admins can do this." });

/** The actor if they are an organizer or admin; otherwise the result to return. */
export function organizerOnly(actor: CurrentUser | null): { actor: CurrentUser } | { denied: Denied } {
  if (!actor) return { denied: unauthenticated() };
  if (actor.role !== "ADMIN" && actor.role !== "ORGANIZER") return { denied: forbidden() };
  return { actor };
}

export function canManage(actor: CurrentUser, organizationId: string): boolean {
  return canAccessOrganization(actor, organizationId);
}

type Reader = Prisma.TransactionClient;

export type ManagedEvent = {
  id: string;
  organizationId: string;
  startDate: Date;
  endDate: Date;
  status: string;
  version: number;
};

/** The event if the actor may manage it, else null (missing and foreign look the same). */
export async function findManagedEvent(actor: CurrentUser, eventId: string, tx: Reader = db()): Promise<ManagedEvent | null> {
  const event = await tx.event.findUnique({
    where: { id: eventId },
    select: { id: true, organizationId: true, startDate: true, endDate: true, status: true, version: true },
  });
  return event && canManage(actor, event.organizationId) ? event : null;
}

export const eventNotFound = () => notFound("Event") as Denied;
