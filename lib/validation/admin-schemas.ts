import { z } from "zod";
import "@/lib/validation/zod-messages";
import { idSchema, localizedTextSchema, versionSchema } from "./organizer-fields.ts";
import { EMAIL_MAX_LENGTH, normalizeEmail } from "./sign-in-schema.ts";

// The administration forms (organizations, users, memberships): one schema per form, shared
// by the page and the server functions in server/admin/.

export const ORGANIZATION_NAME_MAX = 200;
export const USER_ROLES = ["ADMIN", "ORGANIZER", "DELEGATE"] as const;
export const MEMBER_ROLES = ["OWNER", "ORGANIZER", "VIEWER"] as const;
export const USERS_PAGE_SIZE = 20;

const countrySchema = z
  .string({ error: "Enter a two-letter country code" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: "Enter a two-letter country code" });

export const createOrganizationSchema = z.object({
  slug: z
    .string({ error: "Enter a short web address" })
    .trim()
    .toLowerCase()
    .min(1, { error: "Enter a short web address", abort: true })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "Use lowercase letters, digits and single hyphens" })
    .min(3, { error: "Must be at least 3 characters" })
    .max(60, { error: "Must be at most 60 characters" }),
  name: localizedTextSchema(ORGANIZATION_NAME_MAX),
  country: countrySchema,
});

export const updateOrganizationSchema = z.object({
  organizationId: idSchema,
  version: versionSchema,
  name: localizedTextSchema(ORGANIZATION_NAME_MAX),
  country: countrySchema,
});

/** Deactivate or reactivate (an organization or a user). */
const activeSchema = z.preprocess((v) => (v === "true" || v === true ? true : v === "false" || v === false ? false : v), z.boolean({ error: "Choose one of the listed options" }));

export const setOrganizationActiveSchema = z.object({ organizationId: idSchema, version: versionSchema, active: activeSchema });

export const searchUsersSchema = z.object({
  q: z.string().trim().max(EMAIL_MAX_LENGTH, { error: `Must be at most ${EMAIL_MAX_LENGTH} characters` }).optional().default(""),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
});

export const changeUserRoleSchema = z.object({ userId: idSchema, version: versionSchema, role: z.enum(USER_ROLES) });
export const setUserActiveSchema = z.object({ userId: idSchema, version: versionSchema, active: activeSchema });

export const addMembershipSchema = z.object({
  organizationId: idSchema,
  email: z
    .string({ error: "Enter an email address" })
    .trim()
    .min(1, { error: "Enter an email address", abort: true })
    .max(EMAIL_MAX_LENGTH, { error: "Enter a valid email address" })
    .pipe(z.email({ error: "Enter a valid email address" }))
    .transform(normalizeEmail),
  role: z.enum(MEMBER_ROLES),
});

export const changeMembershipSchema = z.object({ membershipId: idSchema, version: versionSchema, role: z.enum(MEMBER_ROLES) });
export const removeMembershipSchema = z.object({ membershipId: idSchema, version: versionSchema });
