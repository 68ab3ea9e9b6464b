"use server";

import { formAction, layout } from "@/server/actions/define-action";
import { createTrack } from "@/server/organizer/tracks/create-track";
import { deleteTrack } from "@/server/organizer/tracks/delete-track";
import { updateTrack } from "@/server/organizer/tracks/update-track";

const invalidate = () => layout("/organizer/events/[eventId]");

// A fresh, empty form after adding a track.
export const createTrackAction = formAction({ run: createTrack, invalidate, keep: () => ({}) });

export const updateTrackAction = formAction({ run: updateTrack, invalidate });

export const deleteTrackAction = formAction({ run: deleteTrack, invalidate });
