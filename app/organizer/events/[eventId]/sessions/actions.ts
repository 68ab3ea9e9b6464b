"use server";

import { formAction, layout } from "@/server/actions/define-action";
import type { FormValues } from "@/server/organizer/shared/form-input";
import { createSession } from "@/server/organizer/sessions/create-session";
import { deleteSession } from "@/server/organizer/sessions/delete-session";
import { updateSession } from "@/server/organizer/sessions/update-session";

// After a save the organizer lands on the timetable, where the session shows in every venue it reaches.
const invalidate = () => layout("/organizer/events/[eventId]");
const redirect = (_data: unknown, { eventId }: FormValues) =>
  typeof eventId === "string" && eventId ? `/organizer/events/${encodeURIComponent(eventId)}/timetable` : "/organizer";

export const createSessionAction = formAction({ run: createSession, invalidate, redirect });

export const updateSessionAction = formAction({ run: updateSession, invalidate, redirect });

export const deleteSessionAction = formAction({ run: deleteSession, invalidate, redirect });
