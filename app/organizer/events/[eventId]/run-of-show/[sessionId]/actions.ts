"use server";

import { callAction, layout } from "@/server/actions/define-action";
import { reorderRunOfShow } from "@/server/video-messages/reorder-run-of-show";

type Params = { sessionId: string; eventId: string; move?: { videoMessageId: string; direction: "up" | "down" }; order?: string[] };

/** Moves one message or sets the whole order; reorderRunOfShow checks the caller and the session. */
export const reorderAction = callAction({
  input: ({ sessionId, move, order }: Params) => ({ sessionId, move, order }),
  run: reorderRunOfShow,
  invalidate: (_order, { eventId }) => layout(`/organizer/events/${encodeURIComponent(eventId)}`),
});
