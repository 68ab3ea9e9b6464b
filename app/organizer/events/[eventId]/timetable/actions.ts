"use server";

import { callAction, layout } from "@/server/actions/define-action";
import { rescheduleSession } from "@/server/organizer/sessions/reschedule-session";

type Params = { sessionId: string; version: number; startLocal: string; endLocal: string; acceptWarnings?: boolean };

/** A drag or keyboard move on the grid; rescheduleSession saves it through the session form's updateSession. */
export const rescheduleSessionAction = callAction({
  input: ({ sessionId, version, startLocal, endLocal, acceptWarnings }: Params) => ({
    sessionId,
    version,
    startLocal,
    endLocal,
    acceptWarnings,
  }),
  run: rescheduleSession,
  invalidate: () => layout("/organizer/events/[eventId]"),
});
