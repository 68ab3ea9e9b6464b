import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import type { EventStatus } from "@/server/db/generated/enums";
import type { ActionResult } from "@/server/shared/result";
import { gateFor } from "@/server/access/authorize";
import { reachableOrganizationIds } from "@/server/access/policy";
import { fromDbDate } from "./event-snapshot.ts";

export type MyEvent = {
  id: string;
  slug: string;
  title: unknown;
  status: EventStatus;
  languages: string[];
  startDate: string;
  endDate: string;
  organization: { id: string; name: unknown };
  venueCount: number;
  sessionCount: number;
};

/** Events the actor manages: every event for admins, their organizations' events for organizers. */
export async function listMyEvents(actor: CurrentUser | null): Promise<ActionResult<MyEvent[]>> {
  const gate = gateFor(actor, "workspace.enter");
  if ("denied" in gate) return gate.denied;
  const ids = reachableOrganizationIds(gate.actor);
  const where = ids ? { organizationId: { in: ids } } : {};
  const rows = await db().event.findMany({
    where,
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      languages: true,
      startDate: true,
      endDate: true,
      organization: { select: { id: true, name: true } },
      _count: { select: { venues: true, sessions: true } },
    },
  });
  return {
    ok: true,
    data: rows.map(({ _count, startDate, endDate, ...row }) => ({
      ...row,
      startDate: fromDbDate(startDate),
      endDate: fromDbDate(endDate),
      venueCount: _count.venues,
      sessionCount: _count.sessions,
    })),
  };
}
