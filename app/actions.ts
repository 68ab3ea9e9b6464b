"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/server-messages/message";
import { translateMessage } from "@/lib/i18n/server-messages/translate-message";
import { readerLocale } from "@/server/i18n/localize-result";

const localeSchema = z.enum(LOCALES);
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * Remembers the reader's UI language in the NEXT_LOCALE cookie (a year; read by
 * server/i18n/request.ts). Public: anyone may choose a language; the value is validated.
 */
export async function setLocale(locale: unknown): Promise<{ ok: true } | { ok: false; message: string }> {
  const parsed = localeSchema.safeParse(locale);
  if (!parsed.success)
    return {
      ok: false,
      message: translateMessage(msg("database.unsupportedLanguage", { list: LOCALES.join(", ") }), await readerLocale()),
    };
  (await cookies()).set(LOCALE_COOKIE, parsed.data, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production",
  });
  return { ok: true };
}
