import "server-only";
import { eventRefSchema } from "@/lib/validation/event-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import type { EventStatus, VenueKind } from "@/server/db/generated/enums";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { eventAuditSelect, fromDbDate } from "./event-snapshot.ts";
import { allowedStatusActions } from "./change-event-status.ts";

export type EditableVenue = {
  id: string;
  kind: VenueKind;
  name: unknown;
  city: unknown;
  country: string | null;
  address: unknown;
  timeZone: string;
  capacity: number | null;
  platform: string | null;
  streamUrl: string | null;
  interpretationUrls: unknown;
  position: number;
  version: number;
};

export type EditableTrack = { id: string; name: unknown; color: string; position: number; version: number; sessionCount: number };

export type EditableEvent = {
  id: string;
  organizationId: string;
  organizationName: unknown;
  slug: string;
  title: unknown;
  subtitle: unknown;
  description: unknown;
  sideAName: unknown;
  sideBName: unknown;
  status: EventStatus;
  allowedActions: ReturnType<typeof allowedStatusActions>;
  languages: string[];
  primaryTimeZone: string;
  startDate: string;
  endDate: string;
  streamLinksPublic: boolean;
  videosPublic: boolean;
  publicSignUp: boolean;
  version: number;
  venues: EditableVenue[];
  tracks: EditableTrack[];
};

/** Everything the event's edit pages need: the event's fields, its venues, the status moves open to it. */
export async function getEventForEditing(actor: CurrentUser | null, input: unknown): Promise<ActionResult<EditableEvent>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = eventRefSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const managed = await findManagedEvent(gate.actor, "internal.read", parsed.data.eventId);
  if (isDenied(managed)) return managed;

  const row = await db().event.findUniqueOrThrow({
    where: { id: parsed.data.eventId },
    select: {
      ...eventAuditSelect,
      organizationId: true,
      organization: { select: { name: true } },
      venues: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          kind: true,
          name: true,
          city: true,
          country: true,
          address: true,
          timeZone: true,
          capacity: true,
          platform: true,
          streamUrl: true,
          interpretationUrls: true,
          position: true,
          version: true,
        },
      },
      tracks: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true, name: true, color: true, position: true, version: true, _count: { select: { sessions: true } } },
      },
    },
  });
  const { organization, startDate, endDate, tracks, ...rest } = row;
  return {
    ok: true,
    data: {
      ...rest,
      organizationName: organization.name,
      tracks: tracks.map(({ _count, ...t }) => ({ ...t, sessionCount: _count.sessions })),
      startDate: fromDbDate(startDate),
      endDate: fromDbDate(endDate),
      allowedActions: allowedStatusActions(row.status),
    },
  };
}
