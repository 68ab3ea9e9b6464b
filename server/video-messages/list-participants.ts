import "server-only";
import { listParticipantsSchema } from "@/lib/validation/participant-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";

export type AttendanceModeValue = "IN_PERSON" | "ONLINE" | "VIDEO_MESSAGE";

export type ParticipantRow = {
  personId: string;
  mode: AttendanceModeValue;
  venue: { id: string; name: unknown; kind: "PHYSICAL" | "ONLINE" } | null;
  person: {
    name: unknown;
    honorific: unknown;
    title: unknown;
    affiliation: unknown;
    country: string | null;
    side: "A" | "B" | null;
    precedence: number;
    isVip: boolean;
  };
};

export type ParticipantList = {
  event: { id: string; organizationId: string; title: unknown; languages: string[]; sideAName: unknown; sideBName: unknown };
  venues: { id: string; name: unknown; kind: "PHYSICAL" | "ONLINE" }[];
  participants: ParticipantRow[];
};

/** Who takes part in one event and how, in protocol order (lowest precedence number first). */
export async function listParticipants(actor: CurrentUser | null, input: unknown): Promise<ActionResult<ParticipantList>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = listParticipantsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const ref = await findManagedEvent(gate.actor, "internal.read", parsed.data.eventId);
  if (isDenied(ref)) return ref;
  const venueSelect = { id: true, name: true, kind: true } as const;
  const event = await db().event.findUniqueOrThrow({
    where: { id: ref.id },
    select: {
      id: true,
      organizationId: true,
      title: true,
      languages: true,
      sideAName: true,
      sideBName: true,
      venues: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: venueSelect },
      participants: {
        orderBy: [{ person: { precedence: "asc" } }, { person: { createdAt: "asc" } }],
        take: 2000,
        select: {
          personId: true,
          mode: true,
          venue: { select: venueSelect },
          person: {
            select: {
              name: true,
              honorific: true,
              title: true,
              affiliation: true,
              country: true,
              side: true,
              precedence: true,
              isVip: true,
            },
          },
        },
      },
    },
  });
  const { venues, participants, ...head } = event;
  return { ok: true, data: { event: head, venues, participants } };
}
