import "server-only";
import { checkSessionWarningsSchema } from "@/lib/validation/session-schema";
import { pickText } from "@/lib/i18n/localized-text";
import { utcToLocal } from "@/lib/time/convert";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { authorize, gateFor } from "@/server/access/authorize";
import { planSession, type SessionPlan } from "./session-plan.ts";
import { msg, type Message } from "@/lib/i18n/server-messages/message";

// Things that are possible but usually mistakes. The organizer sees them before saving and
// may save anyway (acceptWarnings); impossible data (end before start) is a hard error instead.

export type SessionWarning = { code: "venue_double_booked" | "speaker_double_booked" | "outside_event_dates"; message: Message };

const en = (value: unknown) => pickText(value, "en").text;

export async function findSessionWarnings(plan: SessionPlan, excludeSessionId?: string): Promise<SessionWarning[]> {
  const warnings: SessionWarning[] = [];
  const overlap = {
    startsAt: { lt: plan.endsAt },
    endsAt: { gt: plan.startsAt },
    ...(excludeSessionId ? { id: { not: excludeSessionId } } : {}),
  };
  const venueIds = [plan.hostVenue.id, ...plan.relayVenueIds];

  const clashes = await db().session.findMany({
    where: {
      ...overlap,
      eventId: plan.event.id,
      OR: [{ hostVenueId: { in: venueIds } }, { relays: { some: { venueId: { in: venueIds } } } }],
    },
    select: { title: true, hostVenueId: true, relays: { select: { venueId: true } } },
    take: 20,
  });
  if (clashes.length > 0) {
    const names = new Map(
      (await db().venue.findMany({ where: { id: { in: venueIds } }, select: { id: true, name: true } })).map((v) => [v.id, en(v.name)]),
    );
    for (const clash of clashes) {
      const reached = [clash.hostVenueId, ...clash.relays.map((r) => r.venueId)].filter((id) => venueIds.includes(id));
      for (const id of reached) {
        warnings.push({
          code: "venue_double_booked",
          message: msg("session.venueAlreadyHasSession", { venue: names.get(id) ?? "", title: en(clash.title) }),
        });
      }
    }
  }

  const personIds = [...new Set(plan.roles.map((r) => r.personId))];
  if (personIds.length > 0) {
    const busy = await db().sessionRole.findMany({
      where: { personId: { in: personIds }, session: overlap },
      select: { person: { select: { name: true } }, session: { select: { title: true } } },
      take: 20,
    });
    for (const b of busy) {
      warnings.push({
        code: "speaker_double_booked",
        message: msg("session.personAlsoInSession", { person: en(b.person.name), title: en(b.session.title) }),
      });
    }
  }

  // The event's dates are calendar days where the session is held: the host venue's local dates.
  const zone = plan.hostVenue.timeZone;
  const firstDay = utcToLocal(plan.startsAt, zone).slice(0, 10);
  const lastDay = utcToLocal(plan.endsAt.getTime() - 60_000, zone).slice(0, 10);
  const eventStart = plan.event.startDate.toISOString().slice(0, 10);
  const eventEnd = plan.event.endDate.toISOString().slice(0, 10);
  if (firstDay < eventStart || lastDay > eventEnd) {
    warnings.push({
      code: "outside_event_dates",
      message: msg("session.sessionFallsOutsideEventS", { start: eventStart, end: eventEnd, venue: en(plan.hostVenue.name) }),
    });
  }
  return [...new Map(warnings.map((w) => [w.message, w])).values()];
}

/** The warnings a save of this form would raise, without saving. */
export async function checkSessionWarnings(
  actor: CurrentUser | null,
  input: unknown,
): Promise<ActionResult<{ warnings: SessionWarning[] }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = checkSessionWarningsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, sessionId, ...fields } = parsed.data;
  if (sessionId) {
    const own = await db().session.findUnique({
      where: { id: sessionId },
      select: { eventId: true, event: { select: { organizationId: true } } },
    });
    const denied = authorize(gate.actor, "programme.manage", own?.eventId === eventId ? own.event : null, "Session");
    if (denied) return denied;
  }
  const result = await planSession(gate.actor, eventId, fields);
  if ("error" in result) return result.error;
  return { ok: true, data: { warnings: await findSessionWarnings(result.plan, sessionId) } };
}

export function warningsResult(warnings: SessionWarning[]): ActionResult<never> {
  return { ok: false, code: "warnings", message: msg("common.checkTheseBeforeSaving"), warnings };
}
