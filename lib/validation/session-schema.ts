import { z } from "zod";
import "@/lib/validation/zod-messages";
import {
  checkboxSchema,
  idListSchema,
  idSchema,
  languageListSchema,
  languageSchema,
  localDateTimeSchema,
  localizedTextSchema,
  optionalLocalizedSchema,
  optionalUrlSchema,
  versionSchema,
} from "./organizer-fields.ts";
import { code } from "@/lib/i18n/server-messages/message";

export const SESSION_TYPES = [
  "PLENARY",
  "INDUSTRY_SEMINAR",
  "CITY_SEMINAR",
  "SIGNING_CEREMONY",
  "VIDEO_MESSAGES",
  "BREAK",
  "NETWORKING",
] as const;

// Start and end are wall-clock times at the HOST venue ("2020-07-30T10:00" in Jinan); the
// server converts them to UTC with the venue's zone, so the schema only checks their shape.
const sessionFields = z.object({
  type: z.enum(SESSION_TYPES, { error: code("session.chooseSessionType") }),
  title: localizedTextSchema(300),
  abstract: optionalLocalizedSchema(10_000),
  startLocal: localDateTimeSchema,
  endLocal: localDateTimeSchema,
  hostVenueId: idSchema,
  relayVenueIds: idListSchema,
  trackId: z.preprocess((v) => (v === "" ? undefined : v), idSchema.optional()),
  language: languageSchema,
  interpretation: languageListSchema(0).default([]),
  streamUrl: optionalUrlSchema,
  speakerIds: idListSchema,
  moderatorIds: idListSchema,
  hostIds: idListSchema,
  /** The organizer saw the warnings (double booking, outside the event's dates) and saves anyway. */
  acceptWarnings: checkboxSchema.default(false),
});

export const createSessionSchema = sessionFields.extend({ eventId: idSchema });
export const updateSessionSchema = sessionFields.extend({ sessionId: idSchema, version: versionSchema });
export const deleteSessionSchema = z.object({ sessionId: idSchema, version: versionSchema });
/** The warnings check takes the same input as a save; sessionId excludes the session itself. */
export const checkSessionWarningsSchema = sessionFields.extend({ eventId: idSchema, sessionId: idSchema.optional() });

export type SessionFields = z.infer<typeof sessionFields>;

/**
 * A move or resize on the timetable grid: only the times change, as wall-clock times at the
 * host venue like the form's; the rest of the session is saved as it is stored.
 */
export const rescheduleSessionSchema = z.object({
  sessionId: idSchema,
  version: versionSchema,
  startLocal: localDateTimeSchema,
  endLocal: localDateTimeSchema,
  acceptWarnings: checkboxSchema.default(false),
});
