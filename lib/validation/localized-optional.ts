import { z } from "zod";
import "@/lib/validation/zod-messages";
import { localizedTextSchema, type LocalizedText } from "../i18n/localized-text.ts";

// A multilingual field that may be left empty: all-blank (or missing) becomes null instead
// of failing localizedTextSchema's "at least one language" rule.
export function optionalLocalizedText(maxLength = 200) {
  return z.preprocess((value) => {
    if (value === undefined || value === null || value === "") return null;
    if (typeof value === "object" && Object.values(value as object).every((v) => typeof v !== "string" || v.trim() === "")) return null;
    return value;
  }, localizedTextSchema(maxLength).nullable()) as unknown as z.ZodType<LocalizedText | null, unknown>;
}

/** "" and missing → null, otherwise a trimmed id. */
export const optionalId = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : (v ?? null)),
  z.string().trim().max(64).nullable(),
);
