import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGE_NAMESPACES } from "@/lib/i18n/namespaces";

export type Messages = Record<string, unknown>;

// The template-string imports let the bundler include every messages file and pick one at
// request time; a namespace file that does not exist yet yields {} instead of a crash
// (lib/i18n/messages.test.ts is what catches missing translations).
async function loadBase(locale: Locale): Promise<Messages> {
  return (await import(`../../lib/i18n/messages/${locale}.json`)).default as Messages;
}

async function loadNamespace(namespace: string, locale: Locale): Promise<Messages> {
  try {
    return (await import(`../../lib/i18n/messages/${namespace}/${locale}.json`)).default as Messages;
  } catch {
    return {};
  }
}

/** Base messages plus every namespace under its own key. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const [base, ...namespaces] = await Promise.all([loadBase(locale), ...MESSAGE_NAMESPACES.map((ns) => loadNamespace(ns, locale))]);
  const merged: Messages = { ...base };
  MESSAGE_NAMESPACES.forEach((ns, i) => {
    if (ns in base) throw new Error(`Message namespace "${ns}" clashes with a top-level key in ${locale}.json`);
    merged[ns] = namespaces[i];
  });
  return merged;
}
