import "server-only";
import { gateFor } from "@/server/access/authorize";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { notFound, type ActionResult } from "../shared/result.ts";
import { can } from "@/server/access/policy";
import { partySides, type Side } from "./party-sides.ts";

// What the organizer's agreement pages need around the register: the event, its venues and
// sessions for the pickers, the organization's parties, and whether the caller may write.

export type AgreementWorkspace = {
  event: {
    id: string;
    slug: string;
    title: LocalizedText;
    languages: string[];
    primaryTimeZone: string;
    sideAName: LocalizedText;
    sideBName: LocalizedText;
  };
  venues: { id: string; name: LocalizedText; city: LocalizedText | null; timeZone: string }[];
  sessions: { id: string; title: LocalizedText; hostVenueId: string }[];
  /** The organization's parties, each with the sides it is offered under (see party-sides.ts). */
  parties: { id: string; name: LocalizedText; sides: Side[] }[];
  canWrite: boolean;
};

export async function getAgreementWorkspace(actor: CurrentUser | null, input: unknown): Promise<ActionResult<AgreementWorkspace>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const eventId = typeof (input as { eventId?: unknown })?.eventId === "string" ? (input as { eventId: string }).eventId.slice(0, 64) : "";
  const event = eventId
    ? await db().event.findUnique({
        where: { id: eventId },
        select: {
          id: true,
          slug: true,
          title: true,
          languages: true,
          primaryTimeZone: true,
          sideAName: true,
          sideBName: true,
          organizationId: true,
          venues: { orderBy: { position: "asc" }, select: { id: true, name: true, city: true, timeZone: true } },
          sessions: { orderBy: { startsAt: "asc" }, select: { id: true, title: true, hostVenueId: true } },
          organization: { select: { parties: { orderBy: { createdAt: "asc" }, select: { id: true, name: true, country: true } } } },
        },
      })
    : null;
  if (!event || !can(actor, "internal.read", event)) return notFound("Event");
  const canWrite = can(actor, "record.write", event);
  const sides = await partySides(event.id, event.organization.parties);
  return {
    ok: true,
    data: {
      event: {
        id: event.id,
        slug: event.slug,
        title: asLocalizedText(event.title),
        languages: event.languages,
        primaryTimeZone: event.primaryTimeZone,
        sideAName: asLocalizedText(event.sideAName),
        sideBName: asLocalizedText(event.sideBName),
      },
      venues: event.venues.map((v) => ({
        id: v.id,
        name: asLocalizedText(v.name),
        city: v.city ? asLocalizedText(v.city) : null,
        timeZone: v.timeZone,
      })),
      sessions: event.sessions.map((s) => ({ id: s.id, title: asLocalizedText(s.title), hostVenueId: s.hostVenueId })),
      parties: event.organization.parties.map((p) => ({ id: p.id, name: asLocalizedText(p.name), sides: sides.get(p.id) ?? ["A", "B"] })),
      canWrite,
    },
  };
}
