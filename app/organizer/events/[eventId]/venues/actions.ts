"use server";

import { formAction, layout } from "@/server/actions/define-action";
import { createVenue } from "@/server/organizer/venues/create-venue";
import { deleteVenue } from "@/server/organizer/venues/delete-venue";
import { updateVenue } from "@/server/organizer/venues/update-venue";

const invalidate = () => layout("/organizer/events/[eventId]");

// A fresh, empty form after adding a venue.
export const createVenueAction = formAction({ run: createVenue, invalidate, keep: () => ({}) });

export const updateVenueAction = formAction({ run: updateVenue, invalidate });

export const deleteVenueAction = formAction({ run: deleteVenue, invalidate });
