import { z } from "zod";
import "@/lib/validation/zod-messages";
import { code } from "@/lib/i18n/server-messages/message";
import { CHECKIN_TOKEN } from "@/lib/checkin/token";
import { emailSchema } from "./invitation-schema.ts";
import { idSchema, versionSchema } from "./organizer-fields.ts";

// Check-in at a venue (issue 20): a scan of a registration's QR token or a pick from the name
// search, undoing one, and organizers granting stewards. Shared by the steward page and the server.

/** How long a steward may undo a check-in (server time from when it was recorded). */
export const UNDO_WINDOW_MS = 2 * 60 * 1000;
/** An offline scan older than this is refused rather than counted (a device clock gone wrong). */
export const OLDEST_OFFLINE_SCAN_MS = 3 * 24 * 60 * 60 * 1000;
/** A device clock may run ahead of the server by this much. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export const checkInSchema = z
  .object({
    eventId: idSchema,
    venueId: idSchema,
    token: z
      .string()
      .trim()
      .toLowerCase()
      .regex(CHECKIN_TOKEN, { error: code("checkin.tokenInvalid") })
      .optional(),
    registrationId: idSchema.optional(),
    /** Scanned at this session's door (a per-session head count); absent: the venue's entrance. */
    sessionId: idSchema.optional(),
    /** Made by the browser per scan, so a replay of a queued offline scan counts once. */
    clientScanId: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: code("validation.required") }),
    /** When the device scanned (ISO); an offline scan keeps its original time. */
    scannedAt: z.iso.datetime({ offset: true, error: code("checkin.scanTimeInvalid") }),
    /** The steward saw "registered for another venue" and let them in anyway. */
    confirmOtherVenue: z.boolean().default(false),
  })
  .refine((v) => Boolean(v.token) !== Boolean(v.registrationId), { path: ["token"], error: code("checkin.tokenInvalid") });
export type CheckInInput = z.input<typeof checkInSchema>;

export const undoCheckInSchema = z.object({ eventId: idSchema, checkInId: idSchema });

export const searchCheckInSchema = z.object({
  eventId: idSchema,
  venueId: idSchema,
  sessionId: idSchema.optional(),
  query: z
    .string()
    .trim()
    .min(2, { error: code("checkin.searchTooShort") })
    .max(100),
});

export const grantStewardSchema = z.object({
  eventId: idSchema,
  email: emailSchema,
  venueIds: z.array(idSchema).min(1, { error: code("checkin.chooseVenue") }),
});

export const revokeStewardSchema = z.object({ eventId: idSchema, grantId: idSchema });

/** Organizers mark a registrant as a VIP (shown at the door and on the badge) or clear it. */
export const setRegistrantVipSchema = z.object({
  eventId: idSchema,
  registrationId: idSchema,
  version: versionSchema,
  vip: z.preprocess(
    (v) => (v === "true" || v === true ? true : v === "false" || v === false ? false : v),
    z.boolean({ error: code("validation.chooseListedOptions") }),
  ),
});
