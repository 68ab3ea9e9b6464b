"use server";

import { formAction, page } from "@/server/actions/define-action";
import { removeParticipant } from "@/server/video-messages/remove-participant";
import { setAttendanceMode } from "@/server/video-messages/set-attendance-mode";

const participants = ({ eventId }: { eventId: string }) => page(`/organizer/events/${encodeURIComponent(eventId)}/participants`);

export const setAttendanceAction = formAction({ run: setAttendanceMode, invalidate: participants });

export const removeParticipantAction = formAction({ run: removeParticipant, invalidate: participants });
