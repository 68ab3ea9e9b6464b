import "server-only";
import { grantStewardSchema, revokeStewardSchema } from "@/lib/validation/checkin-schema";
import { msg } from "@/lib/i18n/server-messages/message";
import { isDenied, type Denied } from "../access/authorize.ts";
import { findManagedEvent } from "../access/find-managed-event.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { invalid, notFound, type ActionResult } from "../shared/result.ts";

// Organizers grant and revoke stewards: an existing account, one row per venue. Granting a
// venue someone already stewards changes nothing (the unique key skips it).

export type StewardRow = { grantId: string; name: string; email: string; venueId: string };

export async function listStewards(actor: CurrentUser | null, eventId: string): Promise<StewardRow[] | Denied> {
  const event = await findManagedEvent(actor, "internal.read", eventId);
  if (isDenied(event)) return event;
  const rows = await db().stewardGrant.findMany({
    where: { eventId: event.id },
    orderBy: [{ user: { name: "asc" } }, { createdAt: "asc" }],
    select: { id: true, venueId: true, user: { select: { name: true, email: true } } },
  });
  return rows.map((r) => ({ grantId: r.id, name: r.user.name, email: r.user.email, venueId: r.venueId }));
}

export async function grantSteward(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ granted: number }>> {
  const raw = (input ?? {}) as { eventId?: unknown };
  const event = await findManagedEvent(actor, "programme.manage", typeof raw.eventId === "string" ? raw.eventId : "");
  if (isDenied(event)) return event;
  const parsed = grantStewardSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { email, venueIds } = parsed.data;
  const user = await db().user.findUnique({ where: { email }, select: { id: true, active: true } });
  if (!user || !user.active) {
    const m = msg("checkin.stewardUnknown");
    return { ok: false, code: "invalid", message: m, fieldErrors: { email: [m] } };
  }
  if ((await db().venue.count({ where: { id: { in: venueIds }, eventId: event.id, kind: "PHYSICAL" } })) !== new Set(venueIds).size)
    return notFound("Venue");
  const granted = await db().$transaction(async (tx) => {
    const { count } = await tx.stewardGrant.createMany({
      data: venueIds.map((venueId) => ({ eventId: event.id, venueId, userId: user.id, grantedById: actor!.id })),
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      actorId: actor!.id,
      organizationId: event.organizationId,
      eventId: event.id,
      entity: "StewardGrant",
      entityId: user.id,
      action: "create",
      after: { userId: user.id, venueIds },
    });
    return count;
  });
  return { ok: true, data: { granted } };
}

export async function revokeSteward(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const raw = (input ?? {}) as { eventId?: unknown };
  const event = await findManagedEvent(actor, "programme.manage", typeof raw.eventId === "string" ? raw.eventId : "");
  if (isDenied(event)) return event;
  const parsed = revokeStewardSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const removed = await db().$transaction(async (tx) => {
    const row = await tx.stewardGrant.findFirst({
      where: { id: parsed.data.grantId, eventId: event.id },
      select: { id: true, userId: true, venueId: true },
    });
    if (!row) return null;
    await tx.stewardGrant.delete({ where: { id: row.id } });
    await recordAudit(tx, {
      actorId: actor!.id,
      organizationId: event.organizationId,
      eventId: event.id,
      entity: "StewardGrant",
      entityId: row.id,
      action: "delete",
      before: row,
    });
    return row.id;
  });
  return removed ? { ok: true, data: { id: removed } } : notFound("Steward");
}
