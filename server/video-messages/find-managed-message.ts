import "server-only";
import { allowed, type Denied } from "@/server/access/authorize";
import type { CurrentUser } from "@/server/auth/current-user";
import { db, type Prisma } from "@/server/db/client";

export const messageSelect = {
  id: true,
  eventId: true,
  personId: true,
  sessionId: true,
  mediaUrl: true,
  mediaFile: true,
  captions: true,
  durationSec: true,
  status: true,
  position: true,
  version: true,
  event: { select: { organizationId: true, languages: true } },
} as const;

export type ManagedMessage = Prisma.VideoMessageGetPayload<{ select: typeof messageSelect }> & { organizationId: string };

/** The message if the actor may change its event's video messages; else the denial (missing and foreign alike). */
export async function findManagedMessage(
  actor: CurrentUser,
  id: string,
  tx: Prisma.TransactionClient = db(),
): Promise<ManagedMessage | Denied> {
  const message = await tx.videoMessage.findUnique({ where: { id }, select: messageSelect });
  return allowed(actor, "programme.manage", message && { ...message, organizationId: message.event.organizationId }, "Video message");
}
