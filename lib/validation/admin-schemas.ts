import { z } from "zod";
import "@/lib/validation/zod-messages";
import { code } from "@/lib/i18n/server-messages/message";
import { idSchema, localizedTextSchema, versionSchema } from "./organizer-fields.ts";
import { EMAIL_MAX_LENGTH, normalizeEmail } from "./sign-in-schema.ts";

// The administration forms (organizations, users, memberships): one schema per form, shared
// by the page and the server functions in server/admin/.

export const ORGANIZATION_NAME_MAX = 200;
export const USER_ROLES = ["ADMIN", "ORGANIZER", "DELEGATE"] as const;
export const MEMBER_ROLES = ["OWNER", "ORGANIZER", "VIEWER"] as const;
export const USERS_PAGE_SIZE = 20;

const countrySchema = z
  .string({ error: code("admin.enterCountryCode") })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: code("admin.enterCountryCode") });

export const createOrganizationSchema = z.object({
  slug: z
    .string({ error: code("admin.enterWebAddress") })
    .trim()
    .toLowerCase()
    .min(1, { error: code("admin.enterWebAddress"), abort: true })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: code("admin.slugFormat") })
    .min(3, { error: code("validation.mustAtLeastCharacters") })
    .max(60, { error: code("validation.mustAtMostCharacters") }),
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
const activeSchema = z.preprocess(
  (v) => (v === "true" || v === true ? true : v === "false" || v === false ? false : v),
  z.boolean({ error: code("validation.chooseListedOptions") }),
);

export const setOrganizationActiveSchema = z.object({ organizationId: idSchema, version: versionSchema, active: activeSchema });

export const searchUsersSchema = z.object({
  q: z
    .string()
    .trim()
    .max(EMAIL_MAX_LENGTH, { error: code("validation.mustAtMostCharacters") })
    .optional()
    .default(""),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
});

export const changeUserRoleSchema = z.object({ userId: idSchema, version: versionSchema, role: z.enum(USER_ROLES) });
export const setUserActiveSchema = z.object({ userId: idSchema, version: versionSchema, active: activeSchema });

export const addMembershipSchema = z.object({
  organizationId: idSchema,
  email: z
    .string({ error: code("admin.enterEmail") })
    .trim()
    .min(1, { error: code("admin.enterEmail"), abort: true })
    .max(EMAIL_MAX_LENGTH, { error: code("signIn.enterValidEmailAddress") })
    .pipe(z.email({ error: code("signIn.enterValidEmailAddress") }))
    .transform(normalizeEmail),
  role: z.enum(MEMBER_ROLES),
});

export const changeMembershipSchema = z.object({ membershipId: idSchema, version: versionSchema, role: z.enum(MEMBER_ROLES) });
export const removeMembershipSchema = z.object({ membershipId: idSchema, version: versionSchema });
