import "server-only";
import type { Prisma } from "@/server/db/client";
import type { LedgerFilter } from "@/lib/validation/ledger-schema";

const LANGS = ["en", "zh", "ja"] as const;

/** Today as a calendar date (UTC midnight): a milestone due before it and not done is overdue. */
export const todayUtc = (now = new Date()) => new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);

/** The ledger's filters as one Prisma where, for the page, its count and the CSV export alike. */
export function ledgerWhere(organizationId: string, f: LedgerFilter, now = new Date()): Prisma.AgreementWhereInput {
  const and: Prisma.AgreementWhereInput[] = [{ event: { organizationId } }];
  if (f.eventId) and.push({ eventId: f.eventId });
  if (f.year)
    and.push({ event: { startDate: { gte: new Date(`${f.year}-01-01T00:00:00Z`), lt: new Date(`${f.year + 1}-01-01T00:00:00Z`) } } });
  if (f.sector) and.push({ sector: f.sector });
  if (f.status) and.push({ status: f.status });
  if (f.city) {
    and.push({ OR: LANGS.flatMap((l) => [{ cityA: { path: [l], equals: f.city } }, { cityB: { path: [l], equals: f.city } }]) });
  }
  if (f.side || f.party) {
    and.push({
      parties: {
        some: {
          ...(f.side ? { side: f.side } : {}),
          ...(f.party ? { party: { OR: LANGS.map((l) => ({ name: { path: [l], string_contains: f.party } })) } } : {}),
        },
      },
    });
  }
  if (f.owner === "none") and.push({ OR: [{ followUp: null }, { followUp: { ownerId: null } }] });
  else if (f.owner) and.push({ followUp: { ownerId: f.owner } });
  if (f.done) {
    const done: Prisma.AgreementWhereInput = { milestones: { some: { typeKey: f.done, doneOn: { not: null } } } };
    and.push(f.done === "completed" ? { OR: [done, { status: "COMPLETED" }] } : done);
  }
  if (f.overdue) and.push({ milestones: { some: { doneOn: null, dueOn: { lt: todayUtc(now) } } } });
  return { AND: and };
}

export function ledgerOrderBy(sort: LedgerFilter["sort"]): Prisma.AgreementOrderByWithRelationInput[] {
  switch (sort) {
    case "signedAt_asc":
      return [{ signedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }];
    case "sector_asc":
      return [{ sector: "asc" }, { id: "asc" }];
    case "event_desc":
      return [{ event: { startDate: "desc" } }, { signedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }];
    default:
      return [{ signedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }];
  }
}
