"use server";

import { callAction, page } from "@/server/actions/define-action";
import { markPlayed } from "@/server/video-messages/mark-played";

/** Called by the player when a message ends or the operator presses "Mark played". */
export const markPlayedAction = callAction({
  input: ({ videoMessageId }: { eventId: string; videoMessageId: string }) => ({ videoMessageId }),
  run: markPlayed,
  invalidate: (_played, { eventId }) => page(`/organizer/events/${encodeURIComponent(eventId)}/video-messages`),
});
