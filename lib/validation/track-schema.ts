import { z } from "zod";
import "@/lib/validation/zod-messages";
import { code } from "@/lib/i18n/server-messages/message";
import { TRACK_COLOR_NAMES } from "@/lib/tracks/track-colors";
import { idSchema, localizedTextSchema, optionalIntSchema, versionSchema } from "./organizer-fields.ts";

const trackFields = z.object({
  name: localizedTextSchema(100),
  color: z.enum(TRACK_COLOR_NAMES as [string, ...string[]], { error: code("session.chooseTrackColour") }),
  position: optionalIntSchema(0, 1000),
});

export const createTrackSchema = trackFields.extend({ eventId: idSchema });
export const updateTrackSchema = trackFields.extend({ trackId: idSchema, version: versionSchema });
export const deleteTrackSchema = z.object({ trackId: idSchema, version: versionSchema });

export type TrackFields = z.infer<typeof trackFields>;
