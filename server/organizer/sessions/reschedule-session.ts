import "server-only";
import { rescheduleSessionSchema } from "@/lib/validation/session-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor } from "@/server/access/authorize";
import { getSessionForEditing } from "./get-session-for-editing.ts";
import { updateSession } from "./update-session.ts";

/**
 * A drag or keyboard move on the timetable grid. It is the session form's save with new start
 * and end: the stored fields are read back and handed to updateSession, so the grid gets the
 * same checks, warnings ("Save anyway" = acceptWarnings), version check and audit row, and
 * there is one write path for a session's times. The caller's version is the one checked.
 */
export async function rescheduleSession(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = rescheduleSessionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sessionId, version, startLocal, endLocal, acceptWarnings } = parsed.data;
  const stored = await getSessionForEditing(gate.actor, { sessionId });
  if (!stored.ok) return stored;
  const s = stored.data;
  return updateSession(gate.actor, {
    sessionId,
    version,
    type: s.type,
    title: s.title,
    abstract: s.abstract ?? undefined,
    startLocal,
    endLocal,
    hostVenueId: s.hostVenueId,
    relayVenueIds: s.relayVenueIds,
    trackId: s.trackId ?? undefined,
    language: s.language,
    interpretation: s.interpretation,
    streamUrl: s.streamUrl ?? undefined,
    speakerIds: s.speakerIds,
    moderatorIds: s.moderatorIds,
    hostIds: s.hostIds,
    acceptWarnings,
  });
}
