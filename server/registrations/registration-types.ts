import "server-only";
import { msg, type Message } from "@/lib/i18n/server-messages/message";

export interface RegistrationSummary {
  id: string;
  status: "CONFIRMED" | "WAITLISTED" | "CANCELLED";
  venueId: string | null;
  /** False when the delegate was already registered and nothing changed. */
  created: boolean;
  /** A sentence for the page: confirmed, waitlisted because full, or already registered. */
  message: Message;
}

export const REGISTRATION_MESSAGES = {
  confirmed: msg("registration.areRegistered"),
  waitlisted: msg("registration.venueFullAreWaitingList"),
  already: msg("registration.areAlreadyRegisteredEvent"),
  closed: msg("registration.registrationEventHasClosed"),
  signIn: msg("registration.signInToRegister"),
  venue: msg("registration.chooseEventSVenuesOnline"),
  registerFirst: msg("registration.registerEventBuildPersonalAgenda"),
} as const;
