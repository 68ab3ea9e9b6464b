import { z } from "zod";
import "@/lib/validation/zod-messages";
import { localizedTextSchema, type LocalizedText } from "@/lib/i18n/localized-text";
import { LOCALES } from "@/lib/i18n/locales";
import { isValidTimeZone } from "@/lib/time/zones";
import { code } from "@/lib/i18n/server-messages/message";

// Field schemas shared by the organizer forms (event, venue, session, person). Inputs come
// either from tests as typed values or from FormData as strings, so numbers and booleans
// accept both, and "" means "not given".

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A multilingual field that may be left empty in every language (stored as null). */
export function optionalLocalizedSchema(maxLength: number) {
  const one = z
    .string()
    .trim()
    .max(maxLength, { error: code("validation.mustAtMostCharacters") })
    .optional();
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

export const idSchema = z
  .string({ error: code("validation.required") })
  .trim()
  .min(1, { error: code("validation.required") })
  .max(64, { error: code("common.notValidId") });

export const versionSchema = z.coerce
  .number({ error: code("common.missingVersionReloadPage") })
  .int({ error: code("common.missingVersionReloadPage") })
  .min(1, { error: code("common.missingVersionReloadPage") });

export const timeZoneSchema = z
  .string({ error: code("field.chooseTimeZone") })
  .trim()
  .refine(isValidTimeZone, { error: code("field.unknownTimeZonePickIana") });

export const languageSchema = z.enum(LOCALES, { error: code("field.chooseEnglishChineseJapanese") });

/** A set of content languages (no repeats) from en/zh/ja. */
export function languageListSchema(min = 0) {
  // An unticked checkbox group posts nothing at all: read that as an empty list.
  return z.preprocess(
    (v) => v ?? [],
    z
      .array(languageSchema)
      .max(LOCALES.length)
      .refine((list) => new Set(list).size === list.length, { error: code("field.eachLanguageOnlyOnce") })
      .refine((list) => list.length >= min, { error: code("field.chooseAtLeastLanguage") }),
  );
}

/**
 * https URLs only (plain http only for localhost, for development): rejects javascript:,
 * data:, relative and malformed values.
 */
export const webUrlSchema = z
  .string()
  .trim()
  .max(2000, { error: code("validation.mustAtMostCharacters") })
  .refine(
    (value) => {
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      if (url.protocol === "https:") return url.hostname.length > 0;
      return url.protocol === "http:" && (url.hostname === "localhost" || url.hostname === "127.0.0.1");
    },
    { error: code("field.enterFullHttpsAddress") },
  );

export const optionalUrlSchema = z.preprocess(blankToUndefined, webUrlSchema.optional());

export function optionalTextSchema(maxLength: number) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(maxLength, { error: code("validation.mustAtMostCharacters") })
      .optional(),
  );
}

export const countrySchema = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toUpperCase()) : v),
  z
    .string()
    .regex(/^[A-Z]{2}$/, { error: code("field.useTwoLetterCountryCode2") })
    .optional(),
);

export function optionalIntSchema(min: number, max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
    z
      .number({ error: code("field.enterWholeNumber") })
      .int({ error: code("field.enterWholeNumber") })
      .min(min, { error: code("validation.mustAtLeast") })
      .max(max, { error: code("validation.mustAtMost") })
      .optional(),
  );
}

/** Checkbox values: true, "on", "true" → true; absent → false. */
export const checkboxSchema = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** A list of ids from a multi-select; duplicates removed. */
export const idListSchema = z
  .array(idSchema)
  .max(200)
  .default([])
  .transform((ids) => [...new Set(ids)]);

// Each check stops the chain (abort): an empty field says only that a date is missing, a
// mistyped one only what shape to use, and "Not a real date" is kept for 2020-02-30.
export const calendarDateSchema = z
  .string({ error: code("field.enterDate") })
  .trim()
  .min(1, { error: code("field.enterDate"), abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: code("field.enterDateLike202007"), abort: true })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    error: code("field.notRealDate"),
  });

/** A wall-clock time as typed into <input type="datetime-local">, no zone. */
export const localDateTimeSchema = z
  .string({ error: code("field.enterDateTime") })
  .trim()
  .min(1, { error: code("field.enterDateTime"), abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: code("field.enterDateTimeLike2020") });
