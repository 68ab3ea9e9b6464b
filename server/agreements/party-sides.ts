import "server-only";
import { db } from "@/server/db/client";

export type Side = "A" | "B";

// Parties carry no side of their own, so the pickers infer it: the side a party already
// signed on in this event, else the side whose participants share the party's country.
// A party known to neither rule (new, no country) is offered under both sides.
export async function partySides(eventId: string, parties: { id: string; country: string | null }[]): Promise<Map<string, Side[]>> {
  const [links, people] = await Promise.all([
    db().agreementParty.findMany({
      where: { agreement: { eventId } },
      select: { partyId: true, side: true },
      distinct: ["partyId", "side"],
    }),
    db().person.findMany({
      where: { participations: { some: { eventId } }, side: { not: null }, country: { not: null } },
      select: { side: true, country: true },
      distinct: ["side", "country"],
    }),
  ]);
  const signed = new Map<string, Set<Side>>();
  for (const l of links) signed.set(l.partyId, (signed.get(l.partyId) ?? new Set<Side>()).add(l.side as Side));
  const byCountry = new Map<string, Set<Side>>();
  for (const p of people) byCountry.set(p.country!, (byCountry.get(p.country!) ?? new Set<Side>()).add(p.side as Side));
  return new Map(
    parties.map((p) => {
      const sides = signed.get(p.id) ?? (p.country ? byCountry.get(p.country) : undefined);
      return [p.id, sides && sides.size > 0 ? (["A", "B"] as const).filter((s) => sides.has(s)) : ["A", "B"]];
    }),
  );
}
