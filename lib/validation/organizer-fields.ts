import { z } from "zod";
import "@/lib/validation/zod-messages";
import { localizedTextSchema, type LocalizedText } from "@/lib/i18n/localized-text";
import { LOCALES } from "@/lib/i18n/locales";
import { isValidTimeZone } from "@/lib/time/zones";

// Field schemas shared by the organizer forms (event, venue, session, person). Inputs come
// either from tests as typed values or from FormData as strings, so numbers and booleans
// accept both, and "" means "not given".

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A multilingual field that may be left empty in every language (stored as null). */
export function optionalLocalizedSchema(maxLength: number) {
  const one = z.string().trim().max(maxLength, { error: `Must be at most ${maxLength} characters` }).optional();
  return z
    .object({ en: one, zh: one, ja: one })
    .strict()
    .optional()
    .nullable()
    .transform((value): LocalizedText | null => {
      const out: LocalizedText = {};
      for (const lang of LOCALES) if (value?.[lang]) out[lang] = value[lang];
      return Object.keys(out).length > 0 ? out : null;
    });
}

export { localizedTextSchema };

export const idSchema = z.string({ error: "Required" }).trim().min(1, { error: "Required" }).max(64, { error: "Not a valid id" });

export const versionSchema = z.coerce
  .number({ error: "Missing version; reload the page" })
  .int({ error: "Missing version; reload the page" })
  .min(1, { error: "Missing version; reload the page" });

export const timeZoneSchema = z
  .string({ error: "Choose a time zone" })
  .trim()
  .refine(isValidTimeZone, { error: "Unknown time zone; pick an IANA name such as Asia/Tokyo" });

export const languageSchema = z.enum(LOCALES, { error: "Choose English, Chinese or Japanese" });

/** A set of content languages (no repeats) from en/zh/ja. */
export function languageListSchema(min = 0) {
  // An unticked checkbox group posts nothing at all: read that as an empty list.
  return z.preprocess(
    (v) => v ?? [],
    z
      .array(languageSchema)
      .max(LOCALES.length)
      .refine((list) => new Set(list).size === list.length, { error: "Each language only once" })
      .refine((list) => list.length >= min, { error: "Choose at least one language" }),
  );
}

/**
 * https URLs only (plain http only for localhost, for development): rejects javascript:,
 * data:, relative and malformed values.
 */
export const webUrlSchema = z
  .string()
  .trim()
  .max(2000, { error: "Must be at most 2000 characters" })
  .refine(
    (value) => {
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      if (url.protocol === "https:") return url.hostname.length > 0;
      return url.protocol === "http:" && (url.hostname === "localhost" || url.hostname === "127.0.0.1");
    },
    { error: "Enter a full https:// address" },
  );

export const optionalUrlSchema = z.preprocess(blankToUndefined, webUrlSchema.optional());

export function optionalTextSchema(maxLength: number) {
  return z.preprocess(
    blankToUndefined,
    z.string().trim().max(maxLength, { error: `Must be at most ${maxLength} characters` }).optional(),
  );
}

export const countrySchema = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toUpperCase()) : v),
  z.string().regex(/^[A-Z]{2}$/, { error: "Use a two-letter country code such as CN or JP" }).optional(),
);

export function optionalIntSchema(min: number, max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
    z
      .number({ error: "Enter a whole number" })
      .int({ error: "Enter a whole number" })
      .min(min, { error: `Must be at least ${min}` })
      .max(max, { error: `Must be at most ${max}` })
      .optional(),
  );
}

/** Checkbox values: true, "on", "true" → true; absent → false. */
export const checkboxSchema = z.preprocess(
  (v) => v === true || v === "on" || v === "true",
  z.boolean(),
);

/** A list of ids from a multi-select; duplicates removed. */
export const idListSchema = z
  .array(idSchema)
  .max(200)
  .default([])
  .transform((ids) => [...new Set(ids)]);

// Each check stops the chain (abort): an empty field says only that a date is missing, a
// mistyped one only what shape to use, and "Not a real date" is kept for 2020-02-30.
export const calendarDateSchema = z
  .string({ error: "Enter a date" })
  .trim()
  .min(1, { error: "Enter a date", abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Enter a date like 2020-07-30", abort: true })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    error: "Not a real date",
  });

/** A wall-clock time as typed into <input type="datetime-local">, no zone. */
export const localDateTimeSchema = z
  .string({ error: "Enter a date and time" })
  .trim()
  .min(1, { error: "Enter a date and time", abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: "Enter a date and time like 2020-07-30T10:00" });
