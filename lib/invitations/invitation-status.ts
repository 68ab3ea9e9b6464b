// What an invitation reads as. Only INVITED, ACCEPTED, DECLINED and REVOKED are stored; an
// unanswered invitation past its expiry reads as EXPIRED wherever it is shown or used.

export type StoredInvitationStatus = "INVITED" | "ACCEPTED" | "DECLINED" | "REVOKED";
export type InvitationState = StoredInvitationStatus | "EXPIRED";

export function invitationState(status: StoredInvitationStatus, expiresAt: Date, now: Date = new Date()): InvitationState {
  return status === "INVITED" && expiresAt <= now ? "EXPIRED" : status;
}
