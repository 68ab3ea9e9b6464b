import "server-only";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { db, type Prisma } from "@/server/db/client";

// One agreement signed at a session, as the session pages list it (issue 19: agreement ↔ session).

export type SessionAgreement = {
  id: string;
  title: LocalizedText;
  sector: string;
  type: string;
  status: string;
  signedAt: Date | null;
  parties: { side: string; name: LocalizedText }[];
  value: { minor: string; currency: string } | null;
};

const SELECT = {
  id: true,
  title: true,
  sector: true,
  type: true,
  status: true,
  signedAt: true,
  valueMinor: true,
  currency: true,
  parties: { select: { side: true, party: { select: { name: true } } }, orderBy: [{ side: "asc" as const }, { partyId: "asc" as const }] },
} satisfies Prisma.AgreementSelect;

type Row = Awaited<ReturnType<typeof readSessionAgreements>>[number];
export const readSessionAgreements = (where: object) =>
  db().agreement.findMany({ where, orderBy: [{ signedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }], take: 500, select: SELECT });

export const toSessionAgreement = (a: Row): SessionAgreement => ({
  id: a.id,
  title: asLocalizedText(a.title),
  sector: a.sector,
  type: a.type,
  status: a.status,
  signedAt: a.signedAt,
  parties: a.parties.map((p) => ({ side: p.side, name: asLocalizedText(p.party.name) })),
  value: a.valueMinor !== null && a.currency ? { minor: a.valueMinor.toString(), currency: a.currency } : null,
});
