import "server-only";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { asLocalizedText } from "@/lib/i18n/localized-text";

// The one shape agreements leave the server in: JSON-safe (BigInt → string, Date → ISO).

export const AGREEMENT_SELECT = {
  id: true,
  eventId: true,
  title: true,
  sector: true,
  type: true,
  valueMinor: true,
  currency: true,
  cityA: true,
  cityB: true,
  sessionId: true,
  venueId: true,
  signedAt: true,
  status: true,
  visibility: true,
  idempotencyKey: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  venue: { select: { name: true, city: true, timeZone: true } },
  parties: { select: { side: true, party: { select: { id: true, name: true, country: true } } }, orderBy: { partyId: "asc" } },
} as const;

type Row = {
  id: string;
  eventId: string;
  title: unknown;
  sector: string;
  type: string;
  valueMinor: bigint | null;
  currency: string | null;
  cityA: unknown;
  cityB: unknown;
  sessionId: string | null;
  venueId: string | null;
  signedAt: Date | null;
  status: string;
  visibility: string;
  idempotencyKey: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  venue: { name: unknown; city: unknown; timeZone: string } | null;
  parties: { side: string; party: { id: string; name: unknown; country: string | null } }[];
};

export type AgreementView = {
  id: string;
  eventId: string;
  title: LocalizedText;
  sector: string;
  type: string;
  valueMinor: string | null;
  currency: string | null;
  cityA: LocalizedText | null;
  cityB: LocalizedText | null;
  sessionId: string | null;
  venueId: string | null;
  venue: { name: LocalizedText; city: LocalizedText | null; timeZone: string } | null;
  signedAt: string | null;
  status: string;
  visibility: string;
  idempotencyKey: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  parties: { side: "A" | "B"; id: string; name: LocalizedText; country: string | null }[];
};

const orNull = (v: unknown): LocalizedText | null => (v ? asLocalizedText(v) : null);

export function toAgreementView(row: Row): AgreementView {
  return {
    id: row.id,
    eventId: row.eventId,
    title: asLocalizedText(row.title),
    sector: row.sector,
    type: row.type,
    valueMinor: row.valueMinor === null ? null : row.valueMinor.toString(),
    currency: row.currency,
    cityA: orNull(row.cityA),
    cityB: orNull(row.cityB),
    sessionId: row.sessionId,
    venueId: row.venueId,
    venue: row.venue ? { name: asLocalizedText(row.venue.name), city: orNull(row.venue.city), timeZone: row.venue.timeZone } : null,
    signedAt: row.signedAt?.toISOString() ?? null,
    status: row.status,
    visibility: row.visibility,
    idempotencyKey: row.idempotencyKey,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    parties: row.parties.map((p) => ({
      side: p.side as "A" | "B",
      id: p.party.id,
      name: asLocalizedText(p.party.name),
      country: p.party.country,
    })),
  };
}
