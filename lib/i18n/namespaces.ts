// Message namespaces kept in their own folder, lib/i18n/messages/<namespace>/<locale>.json,
// and merged under the key <namespace> (so t("auth.signIn.title"), useTranslations("auth")).
// Add a folder here when you add one; messages.test.ts fails if a folder is missing from
// this list or a namespace lacks a key that English has.
export const MESSAGE_NAMESPACES = [
  "auth",
  "agenda",
  "organizer",
  "agreements",
  "tally",
  "videos",
  "availability",
  "mail",
  "server",
  "people",
  "ledger",
  "admin",
  "checkin",
] as const;
export type MessageNamespace = (typeof MESSAGE_NAMESPACES)[number];
