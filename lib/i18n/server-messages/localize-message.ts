import type { Locale } from "@/lib/i18n/locales";
import { SERVER_MESSAGES, WORDS } from "./catalogue.ts";

// Turns a sentence the server wrote in English into the reader's language using the
// catalogue. Unknown text is returned unchanged (server-messages.test.ts keeps that from
// happening for the server's own sentences).

type Compiled = { pattern: RegExp; params: string[]; zh: string; ja: string; literal: number };

const SENTENCE_PARAMS = new Set(["reason", "details"]);
const WORD_PARAMS = new Set(["what", "status", "from", "to"]);

function compile(): Compiled[] {
  return SERVER_MESSAGES.map(([en, zh, ja]) => {
    const params: string[] = [];
    const source = en
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        params.push(name);
        return "(.+?)";
      })
      .join("");
    // Most literal text first, so "Must be at most {max} characters" wins over "Must be at most {max}".
    return { pattern: new RegExp(`^${source}$`, "s"), params, zh, ja, literal: en.replace(/\{\w+\}/g, "").length };
  }).sort((a, b) => b.literal - a.literal);
}

let compiled: Compiled[] | null = null;

function word(value: string, locale: "zh" | "ja"): string {
  return (WORDS[value] ?? WORDS[value.toLowerCase()])?.[locale] ?? value;
}

export function localizeMessage(text: string, locale: Locale): string {
  if (locale === "en" || !text) return text;
  compiled ??= compile();
  for (const entry of compiled) {
    const m = entry.pattern.exec(text);
    if (!m) continue;
    const values = new Map(entry.params.map((name, i) => [name, m[i + 1]]));
    return entry[locale].replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values.get(name) ?? "";
      if (SENTENCE_PARAMS.has(name)) return localizeMessage(value, locale);
      if (WORD_PARAMS.has(name)) return word(value, locale);
      return value;
    });
  }
  return localizeList(text, locale);
}

/** "title: Required; value: Value cannot be negative" (a CSV row's problems), part by part. */
function localizeList(text: string, locale: Locale): string {
  const parts = text.split("; ");
  const field = /^([\w.]+): (.+)$/s.exec(text);
  if (parts.length > 1) return parts.map((part) => localizeMessage(part, locale)).join(locale === "en" ? "; " : "；");
  if (field) {
    const inner = localizeMessage(field[2], locale);
    return inner === field[2] ? text : `${field[1]}: ${inner}`;
  }
  return text;
}

/** True when the catalogue has a sentence of this shape (for the completeness test). */
export function isCatalogued(text: string): boolean {
  compiled ??= compile();
  return compiled.some((entry) => entry.pattern.test(text));
}
