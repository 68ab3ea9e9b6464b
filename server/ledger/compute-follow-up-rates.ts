import "server-only";
import { RATE_MILESTONES } from "@/lib/ledger/milestone-types";
import { db, type Prisma } from "@/server/db/client";

// The follow-up rates of a set of agreements (an event, a year, a sector): how many of the
// signed, non-cancelled projects are fulfilled (completed), started construction and have
// their funds in place, plus funds received / committed per currency (never summed across
// currencies). Each figure keeps the ids it counts, so the page can list and link them.
// Three queries whatever the number of agreements. Callers authorize first.

export type RateKey = "fulfilled" | "constructionStarted" | "fundsInPlace";
export type FundsTotal = { currency: string; committedMinor: string; receivedMinor: string; agreementIds: string[] };
export type FollowUpRates = { total: number; agreementIds: string[]; counted: Record<RateKey, string[]>; funds: FundsTotal[] };

/** Signed agreements that count: not intended, not cancelled. */
export const COUNTED_STATUSES = ["SIGNED", "IN_PROGRESS", "COMPLETED"] as const;

export async function computeFollowUpRates(where: Prisma.AgreementWhereInput): Promise<FollowUpRates> {
  const scope: Prisma.AgreementWhereInput = { AND: [where, { status: { in: [...COUNTED_STATUSES] } }] };
  const [agreements, done, funds] = await Promise.all([
    db().agreement.findMany({ where: scope, select: { id: true, status: true }, orderBy: { signedAt: "asc" } }),
    db().agreementMilestone.findMany({
      where: { agreement: scope, doneOn: { not: null }, typeKey: { in: Object.values(RATE_MILESTONES) } },
      select: { agreementId: true, typeKey: true },
    }),
    db().agreementFund.findMany({
      where: { agreement: scope },
      select: { agreementId: true, currency: true, committedMinor: true, receivedMinor: true },
      orderBy: { currency: "asc" },
    }),
  ]);
  const doneBy = (typeKey: string) => new Set(done.filter((d) => d.typeKey === typeKey).map((d) => d.agreementId));
  const completed = doneBy(RATE_MILESTONES.fulfilled);
  const started = doneBy(RATE_MILESTONES.constructionStarted);
  const inPlace = doneBy(RATE_MILESTONES.fundsInPlace);
  const byCurrency = new Map<string, { committed: bigint; received: bigint; ids: string[] }>();
  for (const f of funds) {
    const total = byCurrency.get(f.currency) ?? { committed: 0n, received: 0n, ids: [] };
    total.committed += f.committedMinor;
    total.received += f.receivedMinor;
    total.ids.push(f.agreementId);
    byCurrency.set(f.currency, total);
  }
  return {
    total: agreements.length,
    agreementIds: agreements.map((a) => a.id),
    counted: {
      fulfilled: agreements.filter((a) => a.status === "COMPLETED" || completed.has(a.id)).map((a) => a.id),
      constructionStarted: agreements.filter((a) => started.has(a.id)).map((a) => a.id),
      fundsInPlace: agreements.filter((a) => inPlace.has(a.id)).map((a) => a.id),
    },
    funds: [...byCurrency].map(([currency, t]) => ({
      currency,
      committedMinor: t.committed.toString(),
      receivedMinor: t.received.toString(),
      agreementIds: t.ids,
    })),
  };
}
