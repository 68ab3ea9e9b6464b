import "server-only";
import type { LocalizedText } from "@/lib/i18n/localized-text";

// Shapes the public pages receive. Content fields are LocalizedText (pick the language in
// the component with pickText); dates are calendar dates "YYYY-MM-DD"; instants are Dates.

export interface PublicVenueSummary {
  kind: "PHYSICAL" | "ONLINE";
  city: LocalizedText;
  timeZone: string;
}

/** A calendar date stored as @db.Date (midnight UTC) as "YYYY-MM-DD". */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
