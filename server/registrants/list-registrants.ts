import "server-only";
import { REGISTRANT_STATUSES, registrantStatus, type RegistrantStatus } from "@/lib/invitations/registrant-status";
import { isDenied } from "../access/authorize.ts";
import { findManagedEvent } from "../access/find-managed-event.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import type { ActionResult } from "../shared/result.ts";

// Every invitee and registrant of an event, one row per person (email), with counts per
// status, per venue and per delegation computed from the same rows. Filters narrow the list,
// never the counts.

export type Registrant = {
  key: string;
  name: string;
  email: string;
  locale: string;
  status: RegistrantStatus;
  venueId: string | null;
  delegationId: string | null;
  registrationId: string | null;
  /** The registration's VIP flag and version (for setting it); false/null without a registration. */
  vip: boolean;
  registrationVersion: number | null;
  invitation: {
    id: string;
    version: number;
    status: string;
    expiresAt: Date;
    declineReason: string | null;
    answeredVia: string | null;
  } | null;
  registeredAt: Date | null;
};

export type RegistrantFilters = { status?: string; venueId?: string; delegationId?: string; q?: string };
type Counts = Record<RegistrantStatus, number>;
const zero = (): Counts => Object.fromEntries(REGISTRANT_STATUSES.map((s) => [s, 0])) as Counts;

export async function listRegistrants(
  actor: CurrentUser | null,
  input: { eventId: string; filters?: RegistrantFilters },
  now = new Date(),
) {
  const event = await findManagedEvent(actor, "internal.read", typeof input?.eventId === "string" ? input.eventId : "");
  if (isDenied(event)) return event as ActionResult<never>;
  const [info, registrations, invitations] = await Promise.all([
    db().event.findUniqueOrThrow({
      where: { id: event.id },
      select: {
        id: true,
        slug: true,
        title: true,
        languages: true,
        sideAName: true,
        sideBName: true,
        organizationId: true,
        primaryTimeZone: true,
        version: true,
        venues: { orderBy: { position: "asc" }, select: { id: true, name: true, kind: true, capacity: true } },
        delegations: { orderBy: [{ side: "asc" }, { createdAt: "asc" }], select: { id: true, side: true, name: true } },
      },
    }),
    db().registration.findMany({
      where: { eventId: event.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        status: true,
        venueId: true,
        createdAt: true,
        vip: true,
        version: true,
        user: { select: { name: true, email: true, locale: true } },
      },
    }),
    db().invitation.findMany({
      where: { eventId: event.id, kind: "DELEGATE" },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        version: true,
        email: true,
        name: true,
        locale: true,
        status: true,
        expiresAt: true,
        declineReason: true,
        answeredVia: true,
        venueId: true,
        registrationId: true,
        delegationMember: { select: { delegationId: true } },
      },
    }),
  ]);
  const byEmail = new Map<string, Registrant>();
  for (const inv of invitations) {
    // The latest invitation to an address stands for it (a re-invitation after a decline).
    byEmail.set(inv.email, {
      key: inv.email,
      name: inv.name,
      email: inv.email,
      locale: inv.locale,
      status: "invited",
      venueId: inv.venueId,
      delegationId: inv.delegationMember?.delegationId ?? null,
      registrationId: null,
      vip: false,
      registrationVersion: null,
      invitation: {
        id: inv.id,
        version: inv.version,
        status: inv.status,
        expiresAt: inv.expiresAt,
        declineReason: inv.declineReason,
        answeredVia: inv.answeredVia,
      },
      registeredAt: null,
    });
  }
  for (const r of registrations) {
    const row = byEmail.get(r.user.email);
    const merged: Registrant = row
      ? { ...row, venueId: r.venueId, registrationId: r.id, vip: r.vip, registrationVersion: r.version, registeredAt: r.createdAt }
      : {
          key: r.user.email,
          name: r.user.name,
          email: r.user.email,
          locale: r.user.locale,
          status: "confirmed",
          venueId: r.venueId,
          delegationId: null,
          registrationId: r.id,
          vip: r.vip,
          registrationVersion: r.version,
          invitation: null,
          registeredAt: r.createdAt,
        };
    byEmail.set(r.user.email, merged);
  }
  const regByEmail = new Map(registrations.map((r) => [r.user.email, r]));
  const all = [...byEmail.values()].map((row) => {
    const reg = regByEmail.get(row.email);
    const inv = row.invitation ? invitations.find((i) => i.id === row.invitation!.id)! : null;
    return { ...row, status: registrantStatus(reg ? { status: reg.status } : null, inv, now) };
  });
  const counts = { total: all.length, status: zero(), venue: {} as Record<string, Counts>, delegation: {} as Record<string, Counts> };
  for (const r of all) {
    counts.status[r.status]++;
    if (r.venueId && r.registrationId) (counts.venue[r.venueId] ??= zero())[r.status]++;
    if (r.delegationId) (counts.delegation[r.delegationId] ??= zero())[r.status]++;
  }
  const f = input.filters ?? {};
  const q = f.q?.trim().toLowerCase();
  const rows = all.filter(
    (r) =>
      (!f.status || r.status === f.status) &&
      (!f.venueId || r.venueId === f.venueId) &&
      (!f.delegationId || r.delegationId === f.delegationId) &&
      (!q || r.name.toLowerCase().includes(q) || r.email.includes(q)),
  );
  return { ok: true as const, data: { event: info, rows, counts } };
}

export type RegistrantsData = Extract<Awaited<ReturnType<typeof listRegistrants>>, { ok: true }>["data"];
