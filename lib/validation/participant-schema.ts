import { z } from "zod";
import "@/lib/validation/zod-messages";
import { idSchema } from "./organizer-fields.ts";

// The participants page of one event: which event to list, and which participation to remove.
// Adding and changing a participation use setAttendanceModeSchema (video-message-schema.ts).

export const listParticipantsSchema = z.object({ eventId: idSchema });

export const removeParticipantSchema = z.object({ eventId: idSchema, personId: idSchema });
