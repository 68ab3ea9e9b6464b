import "server-only";

// Links stored by organizers are shown as hrefs; only https (and http on localhost, for
// development) may pass, so a "javascript:" or data: value can never become a link.
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== "string" || !URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.protocol === "https:") return url.toString();
  if (url.protocol === "http:" && (url.hostname === "localhost" || url.hostname === "127.0.0.1")) return url.toString();
  return null;
}
