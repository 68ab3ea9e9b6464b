import "server-only";
import { effectiveEventStatus } from "@/lib/events/lifecycle";
import { db } from "@/server/db/client";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { publicEventWhere, type PublicEventStatus } from "@/server/access/public-event";
import { toIsoDate, type PublicVenueSummary } from "./public-event-types";

export interface PublishedEventCard {
  slug: string;
  status: PublicEventStatus;
  title: LocalizedText;
  subtitle: LocalizedText;
  languages: string[];
  startDate: string;
  endDate: string;
  venues: PublicVenueSummary[];
  sessionCount: number;
  /** Public, signed (or later) agreements. */
  agreementCount: number;
}

/** Events the public may see (published, live, concluded), latest first. No auth: public data only. */
export async function listPublishedEvents(): Promise<PublishedEventCard[]> {
  const rows = await db().event.findMany({
    where: publicEventWhere(),
    orderBy: [{ startDate: "desc" }, { slug: "asc" }],
    select: {
      slug: true,
      status: true,
      title: true,
      subtitle: true,
      languages: true,
      startDate: true,
      endDate: true,
      venues: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { kind: true, city: true, timeZone: true } },
      _count: {
        select: {
          sessions: true,
          agreements: { where: { visibility: "PUBLIC", status: { not: "CANCELLED" } } },
        },
      },
    },
  });
  return rows.map((row) => ({
    slug: row.slug,
    status: effectiveEventStatus(
      row.status,
      row.endDate,
      row.venues.map((v) => v.timeZone),
    ) as PublicEventStatus,
    title: asLocalizedText(row.title),
    subtitle: asLocalizedText(row.subtitle),
    languages: row.languages,
    startDate: toIsoDate(row.startDate),
    endDate: toIsoDate(row.endDate),
    venues: row.venues.map((v) => ({ kind: v.kind, city: asLocalizedText(v.city), timeZone: v.timeZone })),
    sessionCount: row._count.sessions,
    agreementCount: row._count.agreements,
  }));
}
