import "server-only";
import { publicEventWhere } from "@/server/access/public-event";
import { readSessionAgreements, toSessionAgreement, type SessionAgreement } from "./session-agreement-view.ts";

/** What the public sees: the session's PUBLIC, non-cancelled agreements, only while its event is public. */
export async function listPublicSessionAgreements(eventId: string, sessionId: string): Promise<SessionAgreement[]> {
  const rows = await readSessionAgreements({
    sessionId,
    eventId,
    visibility: "PUBLIC",
    status: { not: "CANCELLED" },
    event: publicEventWhere(),
  });
  return rows.map(toSessionAgreement);
}
