import { z } from "zod";
import "@/lib/validation/zod-messages";
import {
  calendarDateSchema,
  checkboxSchema,
  idSchema,
  languageListSchema,
  localizedTextSchema,
  optionalLocalizedSchema,
  timeZoneSchema,
  versionSchema,
} from "./organizer-fields.ts";
import { code } from "@/lib/i18n/server-messages/message";

// One schema for the event form (client hints) and the server functions (the real check).

export const EVENT_TITLE_MAX = 200;

const eventFields = z.object({
  slug: z
    .string({ error: code("event.enterShortWebAddress") })
    .trim()
    .toLowerCase()
    .min(1, { error: code("event.enterShortWebAddress"), abort: true })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: code("event.useLowercaseLettersDigitsSingle") })
    .min(3, { error: code("validation.mustAtLeastCharacters") })
    .max(80, { error: code("validation.mustAtMostCharacters") }),
  title: localizedTextSchema(EVENT_TITLE_MAX),
  subtitle: optionalLocalizedSchema(300),
  description: optionalLocalizedSchema(10_000),
  sideAName: localizedTextSchema(120),
  sideBName: localizedTextSchema(120),
  languages: languageListSchema(1),
  primaryTimeZone: timeZoneSchema,
  startDate: calendarDateSchema,
  endDate: calendarDateSchema,
  streamLinksPublic: checkboxSchema.default(false),
  videosPublic: checkboxSchema.default(false),
  publicSignUp: checkboxSchema.default(false),
});

// Events run for days, not months: a typo in the year should not create a 400-day agenda.
const MAX_EVENT_DAYS = 31;
function checkDates(value: { startDate: string; endDate: string }, ctx: z.RefinementCtx) {
  const days = (Date.parse(value.endDate) - Date.parse(value.startDate)) / 86_400_000;
  if (days < 0) ctx.addIssue({ code: "custom", path: ["endDate"], message: code("event.lastDayCannotBeforeDay") });
  else if (days >= MAX_EVENT_DAYS)
    ctx.addIssue({ code: "custom", path: ["endDate"], message: code("event.eventCanLastAtMost"), params: { days: MAX_EVENT_DAYS } });
}

export const createEventSchema = eventFields.extend({ organizationId: idSchema }).superRefine(checkDates);
export const updateEventSchema = eventFields.extend({ eventId: idSchema, version: versionSchema }).superRefine(checkDates);

export const EVENT_STATUS_ACTIONS = ["publish", "unpublish", "conclude", "archive"] as const;
export type EventStatusAction = (typeof EVENT_STATUS_ACTIONS)[number];

export const changeEventStatusSchema = z.object({
  eventId: idSchema,
  version: versionSchema,
  action: z.enum(EVENT_STATUS_ACTIONS, { error: code("event.unknownStatusChange") }),
});

export const eventRefSchema = z.object({ eventId: idSchema });

export type CreateEventInput = z.infer<typeof createEventSchema>;
export type UpdateEventInput = z.infer<typeof updateEventSchema>;
