import "server-only";
import type { Prisma } from "@/server/db/client";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { asLocalizedText } from "@/lib/i18n/pick-text";

// What a steward sees of a registrant on a scan: enough to greet and seat them, nothing more.

export const REGISTRANT_CARD_SELECT = {
  id: true,
  status: true,
  vip: true,
  venueId: true,
  user: { select: { name: true, locale: true } },
  venue: { select: { name: true } },
  invitations: {
    where: { delegationMemberId: { not: null } },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { delegationMember: { select: { isHead: true, delegation: { select: { name: true, side: true } } } } },
  },
} as const satisfies Prisma.RegistrationSelect;

type Row = Prisma.RegistrationGetPayload<{ select: typeof REGISTRANT_CARD_SELECT }>;

export type RegistrantCard = {
  registrationId: string;
  /** As the person wrote it; lang is their account language, for the element's lang attribute. */
  name: string;
  lang: string;
  delegation: LocalizedText | null;
  side: "A" | "B" | null;
  head: boolean;
  vip: boolean;
  /** The venue they registered for (null: none chosen). */
  registeredVenue: LocalizedText | null;
};

export function toRegistrantCard(row: Row): RegistrantCard {
  const member = row.invitations[0]?.delegationMember ?? null;
  return {
    registrationId: row.id,
    name: row.user.name,
    lang: row.user.locale,
    delegation: member ? asLocalizedText(member.delegation.name) : null,
    side: member?.delegation.side ?? null,
    head: member?.isHead ?? false,
    vip: row.vip,
    registeredVenue: row.venue ? asLocalizedText(row.venue.name) : null,
  };
}
