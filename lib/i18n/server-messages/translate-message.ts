import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import en from "../messages/server/en.json";
import ja from "../messages/server/ja.json";
import zh from "../messages/server/zh.json";
import type { Message, MessageValue, ServerMessageCode } from "./message.ts";

// Renders a server Message in a locale with next-intl (ICU), from the same catalogue files
// the UI's "server" namespace loads. Used by the action boundary and by tests.

const CATALOGUES = { en, zh, ja } as const;
const translators = new Map<Locale, (code: string, values?: Record<string, string | number>) => string>();

function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) {
    const translate = createTranslator({ locale, messages: { server: CATALOGUES[locale] }, namespace: "server" }) as unknown as (
      code: string,
      values?: Record<string, string | number>,
    ) => string;
    t = translate;
    translators.set(locale, t);
  }
  return t;
}

function leaf(code: string): unknown {
  return code
    .split(".")
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), en);
}

/** True for a key of the English catalogue (a zod message written with code()). */
export function isServerMessageCode(text: string): text is ServerMessageCode {
  return typeof leaf(text) === "string";
}

export function isMessage(value: unknown): value is Message {
  return !!value && typeof value === "object" && typeof (value as Message).code === "string";
}

export function translateMessage(message: Message, locale: Locale): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {}) as [string, MessageValue][]) {
    values[name] = isMessage(value) ? translateMessage(value, locale) : value;
  }
  return translator(locale)(message.code, values);
}

/** The English text of a message (tests and logs read it). */
export const english = (message: Message): string => translateMessage(message, "en");
