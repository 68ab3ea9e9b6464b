import "server-only";

export interface RegistrationSummary {
  id: string;
  status: "CONFIRMED" | "WAITLISTED" | "CANCELLED";
  venueId: string | null;
  /** False when the delegate was already registered and nothing changed. */
  created: boolean;
  /** A sentence for the page: confirmed, waitlisted because full, or already registered. */
  message: string;
}

export const REGISTRATION_MESSAGES = {
  confirmed: "You are registered.",
  waitlisted: "This venue is full. You are on the waiting list and will be confirmed if a seat frees up.",
  already: "You are already registered for this event.",
  closed: "Registration for this event has closed.",
  unverified: "Confirm your email address first: open the link we sent you.",
  invitationOnly: "Registration for this event is by invitation only.",
  signIn: "Sign in to register.",
  venue: "Choose one of this event's venues or online.",
  registerFirst: "Register for the event to build your personal agenda.",
} as const;
