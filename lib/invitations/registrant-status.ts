import { invitationState, type StoredInvitationStatus } from "./invitation-status.ts";

// One status per person on the registrants page, from their registration (if any) and their
// latest invitation to the event: a registration says more than the invitation behind it.

export const REGISTRANT_STATUSES = ["invited", "confirmed", "waitlisted", "declined", "noAnswer", "cancelled", "revoked"] as const;
export type RegistrantStatus = (typeof REGISTRANT_STATUSES)[number];

export function registrantStatus(
  registration: { status: "CONFIRMED" | "WAITLISTED" | "CANCELLED" } | null,
  invitation: { status: StoredInvitationStatus; expiresAt: Date } | null,
  now: Date = new Date(),
): RegistrantStatus {
  if (registration)
    return registration.status === "CONFIRMED" ? "confirmed" : registration.status === "WAITLISTED" ? "waitlisted" : "cancelled";
  if (!invitation) return "noAnswer";
  const state = invitationState(invitation.status, invitation.expiresAt, now);
  return state === "INVITED"
    ? "invited"
    : state === "EXPIRED"
      ? "noAnswer"
      : state === "DECLINED"
        ? "declined"
        : state === "REVOKED"
          ? "revoked"
          : "confirmed";
}
