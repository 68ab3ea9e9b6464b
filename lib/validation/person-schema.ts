import { z } from "zod";
import "@/lib/validation/zod-messages";
import {
  checkboxSchema,
  countrySchema,
  idSchema,
  localizedTextSchema,
  optionalIntSchema,
  optionalLocalizedSchema,
  versionSchema,
} from "./organizer-fields.ts";
import { code } from "@/lib/i18n/server-messages/message";

// People are kept per organization and reused across its events (speakers, moderators, VIPs).
const personFields = z.object({
  name: localizedTextSchema(200),
  honorific: optionalLocalizedSchema(50),
  title: optionalLocalizedSchema(300),
  affiliation: optionalLocalizedSchema(300),
  country: countrySchema,
  side: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["A", "B"], { error: code("session.chooseSideB") }).optional()),
  // Lower numbers are seated and announced first.
  precedence: optionalIntSchema(0, 100_000),
  isVip: checkboxSchema.default(false),
});

export const createPersonSchema = personFields.extend({ organizationId: idSchema });
export const updatePersonSchema = personFields.extend({ personId: idSchema, version: versionSchema });
export const listPeopleSchema = z.object({ organizationId: idSchema.optional() });

export type PersonFields = z.infer<typeof personFields>;
