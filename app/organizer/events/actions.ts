"use server";

import { formAction, layout } from "@/server/actions/define-action";
import { changeEventStatus } from "@/server/organizer/events/change-event-status";
import { createEvent } from "@/server/organizer/events/create-event";
import { updateEvent } from "@/server/organizer/events/update-event";

// Each action: its server function (which authorizes and validates) and what a success changes.

export const createEventAction = formAction({ run: createEvent, redirect: (event) => `/organizer/events/${event.id}` });

export const updateEventAction = formAction({ run: updateEvent, invalidate: (event) => layout(`/organizer/events/${event.id}`) });

export const changeEventStatusAction = formAction({
  run: changeEventStatus,
  invalidate: (event) => layout(`/organizer/events/${event.id}`),
});
