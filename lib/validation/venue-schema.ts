import { z } from "zod";
import "@/lib/validation/zod-messages";
import {
  countrySchema,
  idSchema,
  localizedTextSchema,
  optionalIntSchema,
  optionalLocalizedSchema,
  optionalTextSchema,
  optionalUrlSchema,
  timeZoneSchema,
  versionSchema,
} from "./organizer-fields.ts";
import { code } from "@/lib/i18n/server-messages/message";

const interpretationUrlsSchema = z
  .object({ en: optionalUrlSchema, zh: optionalUrlSchema, ja: optionalUrlSchema })
  .strict()
  .optional()
  .transform((urls) => {
    const out = Object.fromEntries(Object.entries(urls ?? {}).filter(([, url]) => url)) as Record<string, string>;
    return Object.keys(out).length > 0 ? out : null;
  });

const venueFields = z.object({
  kind: z.enum(["PHYSICAL", "ONLINE"], { error: code("session.choosePhysicalOnline") }),
  name: localizedTextSchema(200),
  city: optionalLocalizedSchema(100),
  country: countrySchema,
  address: optionalLocalizedSchema(500),
  timeZone: timeZoneSchema,
  capacity: optionalIntSchema(0, 1_000_000),
  platform: optionalTextSchema(100),
  streamUrl: optionalUrlSchema,
  interpretationUrls: interpretationUrlsSchema,
  position: optionalIntSchema(0, 1000),
});

export const createVenueSchema = venueFields.extend({ eventId: idSchema });
export const updateVenueSchema = venueFields.extend({ venueId: idSchema, version: versionSchema });
export const deleteVenueSchema = z.object({ venueId: idSchema, version: versionSchema });

export type CreateVenueInput = z.infer<typeof createVenueSchema>;
export type VenueFields = z.infer<typeof venueFields>;
