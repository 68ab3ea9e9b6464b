import { z } from "zod";
import "@/lib/validation/zod-messages";
import { LOCALES } from "@/lib/i18n/locales";
import { idSchema, localizedTextSchema, optionalTextSchema, versionSchema } from "./organizer-fields.ts";
import { code } from "@/lib/i18n/server-messages/message";

// Video messages from VIPs: one schema per form, shared by the forms and server/video-messages.
// The media host allow-list comes from the server's configuration (VIDEO_URL_HOSTS), so the
// schemas that check URLs are built from a host list; the defaults serve forms and tests.

export const VIDEO_STATUSES = ["REQUESTED", "RECEIVED", "APPROVED", "SCHEDULED", "PLAYED"] as const;
export type VideoStatus = (typeof VIDEO_STATUSES)[number];

/** Forward one step along the chain, or back one step where undoing makes sense. */
export const VIDEO_STATUS_TRANSITIONS: Record<VideoStatus, readonly VideoStatus[]> = {
  REQUESTED: ["RECEIVED"],
  RECEIVED: ["APPROVED", "REQUESTED"], // back: the file was unusable, ask again
  APPROVED: ["SCHEDULED", "RECEIVED"], // back: approval withdrawn
  SCHEDULED: ["PLAYED", "APPROVED"], // back: taken off the running order
  PLAYED: ["SCHEDULED"], // back: marked played by mistake
};

export function canChangeVideoStatus(from: VideoStatus, to: VideoStatus): boolean {
  return VIDEO_STATUS_TRANSITIONS[from].includes(to);
}

export const DEFAULT_VIDEO_URL_HOSTS = ["media.example.org", "youtube.com", "www.youtube.com", "vimeo.com", "player.vimeo.com"] as const;

/** Parses "a.example, b.example" into lower-case host names; blank → the defaults. */
export function parseHostList(value: string | undefined): string[] {
  const hosts = (value ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  return hosts.length > 0 ? hosts : [...DEFAULT_VIDEO_URL_HOSTS];
}

/** Only https, only on an allow-listed host (exact match), no credentials in the URL. */
export function isAllowedVideoUrl(value: string, hosts: readonly string[]): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  if (url.protocol !== "https:" || url.username || url.password) return false;
  return hosts.includes(url.hostname.toLowerCase());
}

export function videoUrlSchema(hosts: readonly string[] = DEFAULT_VIDEO_URL_HOSTS) {
  return z
    .string()
    .trim()
    .max(2000, { error: code("validation.mustAtMostCharacters") })
    .refine((v) => isAllowedVideoUrl(v, hosts), {
      error: code("video.enterHttpsAddress"),
      params: { hosts: hosts.join(", ") },
    });
}

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Spoken language: a short BCP 47 tag such as ja, zh or en-GB (fits the column's 5 chars). */
export const spokenLanguageSchema = z
  .string({ error: code("video.chooseSpokenLanguage") })
  .trim()
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: code("video.useLanguageCodeSuchAs") });

export const durationSchema = z.coerce
  .number({ error: code("video.enterDurationSeconds") })
  .int({ error: code("video.enterWholeSeconds") })
  .min(1, { error: code("video.mustAtLeast1Second") })
  .max(3600, { error: code("video.mustAtMost3600Seconds") });

const optionalId = z.preprocess(blankToUndefined, idSchema.optional());

function fields(hosts: readonly string[]) {
  return {
    personId: idSchema,
    sessionId: optionalId,
    title: localizedTextSchema(300),
    mediaUrl: z.preprocess(blankToUndefined, videoUrlSchema(hosts).optional()),
    durationSec: durationSchema,
    language: spokenLanguageSchema,
    notes: optionalTextSchema(2000),
  };
}

export function createVideoMessageSchema(hosts: readonly string[] = DEFAULT_VIDEO_URL_HOSTS) {
  return z.object({
    eventId: idSchema,
    ...fields(hosts),
    // A message may be entered when it is asked for, or when it has already arrived.
    status: z.preprocess(blankToUndefined, z.enum(["REQUESTED", "RECEIVED"]).default("REQUESTED")),
  });
}

export function updateVideoMessageSchema(hosts: readonly string[] = DEFAULT_VIDEO_URL_HOSTS) {
  return z.object({ videoMessageId: idSchema, version: versionSchema, ...fields(hosts) });
}

export const deleteVideoMessageSchema = z.object({ videoMessageId: idSchema, version: versionSchema });

export const changeVideoStatusSchema = z.object({
  videoMessageId: idSchema,
  version: versionSchema,
  status: z.enum(VIDEO_STATUSES, { error: code("video.unknownStatus") }),
});

export const markPlayedSchema = z.object({ videoMessageId: idSchema });

export const captionLanguageSchema = z.enum(LOCALES, { error: code("video.captionsMustEnglishChineseJapanese") });

export const uploadTargetSchema = z.object({ videoMessageId: idSchema, version: versionSchema });
export const uploadCaptionsTargetSchema = uploadTargetSchema.extend({ language: captionLanguageSchema });

export const ATTENDANCE_MODES = ["IN_PERSON", "ONLINE", "VIDEO_MESSAGE"] as const;

export const setAttendanceModeSchema = z
  .object({
    eventId: idSchema,
    personId: idSchema,
    mode: z.enum(ATTENDANCE_MODES, { error: code("video.choosePersonOnlineVideoMessage") }),
    venueId: optionalId,
  })
  .refine((v) => v.mode !== "IN_PERSON" || v.venueId, { error: code("video.chooseVenueTheyAttend"), path: ["venueId"] });

/** Move one message up or down, or give the session's whole order (every message once). */
export const reorderRunOfShowSchema = z
  .object({
    sessionId: idSchema,
    move: z.object({ videoMessageId: idSchema, direction: z.enum(["up", "down"]) }).optional(),
    order: z
      .array(idSchema)
      .max(500)
      .refine((ids) => new Set(ids).size === ids.length, { error: code("video.eachMessageOnlyOnce") })
      .optional(),
  })
  .refine((v) => (v.move ? 1 : 0) + (v.order ? 1 : 0) === 1, { error: code("video.giveEitherMoveFullOrder"), path: ["order"] });

export const runOfShowSchema = z.object({ sessionId: idSchema });
export const publicVideoMessagesSchema = z.object({ slug: z.string().trim().min(1).max(200) });
