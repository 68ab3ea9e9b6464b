"use server";

import { callAction } from "@/server/actions/define-action";
import { checkIn } from "@/server/checkin/check-in";
import { searchRegistrants } from "@/server/checkin/search-registrants";
import { undoCheckIn } from "@/server/checkin/undo-check-in";

// The steward's scan page. Each server function checks the caller, the event and the venue.
export const checkInAction = callAction({ run: checkIn });
export const undoCheckInAction = callAction({ run: undoCheckIn });
export const searchRegistrantsAction = callAction({ run: searchRegistrants });
