import { z } from "zod";
import "@/lib/validation/zod-messages";
import { LOCALES } from "@/lib/i18n/locales";
import { idSchema, localizedTextSchema, versionSchema } from "./organizer-fields.ts";
import { PASSWORD_MIN_LENGTH } from "./password-reset-schema.ts";
import { EMAIL_MAX_LENGTH, normalizeEmail, PASSWORD_MAX_LENGTH } from "./sign-in-schema.ts";

// The invitation forms: inviting a member of an organization or a delegate of an event, the
// invitee's answer on the link's page, and an organizer's handling (record, resend, revoke).

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const emailSchema = z
  .string({ error: "Enter a valid email address" })
  .trim()
  .min(1, { error: "Enter a valid email address" })
  .max(EMAIL_MAX_LENGTH, { error: "Enter a valid email address" })
  .pipe(z.email({ error: "Enter a valid email address" }))
  .transform(normalizeEmail);

export const personNameSchema = z
  .string({ error: "Required" })
  .trim()
  .min(1, { error: "Required" })
  .max(200, { error: "Must be at most 200 characters" });
export const localeSchema = z.enum(LOCALES, { error: "Choose one of the listed options" });

export const inviteMemberSchema = z.object({
  organizationId: idSchema,
  email: emailSchema,
  name: personNameSchema,
  locale: localeSchema,
  role: z.enum(["OWNER", "ORGANIZER", "VIEWER"], { error: "Choose one of the listed options" }),
});

export const inviteDelegateSchema = z.object({
  eventId: idSchema,
  email: emailSchema,
  name: personNameSchema,
  locale: localeSchema,
  venueId: z.preprocess(blank, idSchema.optional()),
});

const tokenSchema = z
  .string({ error: "This link is not valid." })
  .min(20, { error: "This link is not valid." })
  .max(200, { error: "This link is not valid." });

export const acceptInvitationSchema = z
  .object({
    token: tokenSchema,
    venueId: z.preprocess(blank, idSchema.optional()),
    password: z.preprocess(
      blank,
      z
        .string()
        .min(PASSWORD_MIN_LENGTH, { error: `Use at least ${PASSWORD_MIN_LENGTH} characters` })
        .max(PASSWORD_MAX_LENGTH, { error: `Password must be at most ${PASSWORD_MAX_LENGTH} characters` })
        .optional(),
    ),
    confirm: z.preprocess(blank, z.string().optional()),
  })
  .refine((v) => v.password === undefined || v.password === v.confirm, { path: ["confirm"], error: "The two passwords do not match" });

export const declineInvitationSchema = z.object({
  token: tokenSchema,
  reason: z.preprocess(blank, z.string().trim().max(500, { error: "Must be at most 500 characters" }).optional()),
});

export const manageInvitationSchema = z.object({ invitationId: idSchema, version: versionSchema });

export const recordAnswerSchema = manageInvitationSchema.extend({
  answer: z.enum(["ACCEPTED", "DECLINED"], { error: "Choose one of the listed options" }),
  reason: z.preprocess(blank, z.string().trim().max(500, { error: "Must be at most 500 characters" }).optional()),
  venueId: z.preprocess(blank, idSchema.optional()),
});

export const createDelegationSchema = z.object({
  eventId: idSchema,
  side: z.enum(["A", "B"], { error: "Choose one of the listed options" }),
  name: localizedTextSchema(200),
});

const codes = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[\s,;]+/).filter(Boolean) : v),
  z.array(z.enum(LOCALES, { error: "Choose one of the listed options" })).max(3),
);

export const delegationMemberSchema = z.object({
  eventId: idSchema,
  delegationId: idSchema,
  name: personNameSchema,
  email: z.preprocess(blank, emailSchema.optional()),
  organization: z.preprocess(blank, z.string().trim().max(200, { error: "Must be at most 200 characters" }).optional()),
  position: z.preprocess(blank, z.string().trim().max(200, { error: "Must be at most 200 characters" }).optional()),
  languages: codes.default([]),
  interpretation: codes.default([]),
  venueId: z.preprocess(blank, idSchema.optional()),
  isHead: z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean()).default(false),
});

export const inviteDelegationSchema = z.object({ eventId: idSchema, delegationId: idSchema });

export const announcementSchema = z.object({
  eventId: idSchema,
  subject: localizedTextSchema(200),
  message: localizedTextSchema(5000),
  recipients: z.array(idSchema, { error: "Choose at least one registrant" }).min(1, { error: "Choose at least one registrant" }).max(5000),
});
