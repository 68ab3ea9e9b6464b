import "server-only";
import { isDenied } from "../access/authorize.ts";
import { findManagedEvent } from "../access/find-managed-event.ts";
import { can } from "../access/policy.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import type { ActionResult } from "../shared/result.ts";

/** The event's delegations, side by side, with their members (head first) for the delegations page. */
export async function listDelegations(actor: CurrentUser | null, input: { eventId: string }) {
  const event = await findManagedEvent(actor, "internal.read", typeof input?.eventId === "string" ? input.eventId : "");
  if (isDenied(event)) return event as ActionResult<never>;
  const data = await db().event.findUniqueOrThrow({
    where: { id: event.id },
    select: {
      id: true,
      title: true,
      languages: true,
      sideAName: true,
      sideBName: true,
      organizationId: true,
      venues: { orderBy: { position: "asc" }, select: { id: true, name: true, kind: true } },
      delegations: {
        orderBy: [{ side: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          side: true,
          name: true,
          version: true,
          members: {
            orderBy: [{ isHead: "desc" }, { createdAt: "asc" }],
            select: {
              id: true,
              name: true,
              email: true,
              organization: true,
              position: true,
              languages: true,
              interpretation: true,
              venueId: true,
              isHead: true,
            },
          },
        },
      },
    },
  });
  return { ok: true as const, data: { ...data, canWrite: can(actor, "programme.manage", event) } };
}
