import "server-only";
import type { EventStatus } from "@/server/db/generated/client";

// The only place that says which events the public may see. Queries use publicEventWhere();
// code holding an event already read uses isPublicEventStatus().

export const PUBLIC_EVENT_STATUSES = ["PUBLISHED", "LIVE", "CONCLUDED"] as const satisfies readonly EventStatus[];
export type PublicEventStatus = (typeof PUBLIC_EVENT_STATUSES)[number];

/** The Prisma `where` (on Event) for events the public may see. */
export function publicEventWhere() {
  return { status: { in: [...PUBLIC_EVENT_STATUSES] } };
}

export function isPublicEventStatus(status: string): status is PublicEventStatus {
  return (PUBLIC_EVENT_STATUSES as readonly string[]).includes(status);
}
