import { z } from "zod";
import "@/lib/validation/zod-messages";
import { code } from "@/lib/i18n/server-messages/message";

// Inputs of the delegate's writes; the same schemas check the form and the server.
const id = z
  .string({ error: code("common.missingIdentifier") })
  .trim()
  .min(1, { error: code("common.missingIdentifier") })
  .max(100);

export const registerForEventSchema = z.object({
  eventSlug: z.string().trim().min(1).max(200),
  venueId: id.refine(Boolean, { error: code("registration.chooseVenueOnline") }),
});
export type RegisterForEventInput = z.infer<typeof registerForEventSchema>;

export const cancelRegistrationSchema = z.object({ registrationId: id });
export const resetCalendarLinkSchema = z.object({ registrationId: id });
/** `bookmarked` is the state the form asks for (a repeated submit changes nothing); absent = toggle. */
export const toggleBookmarkSchema = z.object({
  sessionId: id,
  bookmarked: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
});

/** 32 random bytes in base64url are 43 characters; anything else cannot be a token. */
export const calendarTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
