import "server-only";
import { expect } from "vitest";
import { createRegistration, createSession } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { type Matrix, type Outcome } from "../types.ts";
import { form, redirectUrl } from "./helpers.ts";

// Events end in the future here: registration closes once an event's last day is over (lib/events/lifecycle.ts).
const OPEN_UNTIL = new Date("2099-12-31T00:00:00Z");

// The reader's own choices: the UI language (anyone), registering for a public event and
// bookmarking its sessions (any signed-in user, for themselves), cancelling a registration
// (only its owner; an organizer or admin cannot cancel a delegate's seat through this form).

const REGISTER = "app/[locale]/events/[slug]/register/actions.ts";
const MY_AGENDA = "app/me/agenda/actions.ts";

const registered = (o: Outcome) => o.kind === "redirect" && /[?&]result=(confirmed|waitlisted)$/.test(o.url);

export const delegateActionEntries: Matrix = {
  "app/actions.ts#setLocale": {
    note: "Public by design: it only sets the reader's NEXT_LOCALE cookie after validating the value.",
    scenarios: [
      {
        name: "choose Japanese",
        access: { action: "public.read" },
        prepare: async () => ({
          args: ["ja"],
          verify: async () => {
            const { requestState } = await import("../request-state.ts");
            expect(requestState.setCookies.get("NEXT_LOCALE")).toBe("ja");
          },
        }),
      },
    ],
  },
  "app/[locale]/events/[slug]/agenda/actions.ts#toggleBookmarkAction": {
    scenarios: [
      {
        name: "bookmark a session of a public event on one's own registration",
        access: { action: "reader.own" },
        perRole: true,
        prepare: async (w, role) => {
          const { event, jinan } = await w.event({ endDate: OPEN_UNTIL });
          const session = await createSession(db(), { eventId: event.id, hostVenueId: jinan.id });
          const user = w.actors[role];
          const registration = user ? await createRegistration(db(), { eventId: event.id, userId: user.id, venueId: jinan.id }) : null;
          const returnTo = `/events/${event.slug}/agenda`;
          return {
            args: [form({ sessionId: session.id, bookmarked: "true", returnTo })],
            verify: async (o) => {
              expect(redirectUrl(o)).toBe(returnTo);
              expect(await db().bookmark.count({ where: { registrationId: registration!.id, sessionId: session.id } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${REGISTER}#registerAction`]: {
    scenarios: [
      {
        name: "register for a published event",
        access: { action: "reader.own" },
        perRole: true,
        prepare: async (w, role) => {
          const { event, jinan } = await w.event({ endDate: OPEN_UNTIL });
          return {
            args: [form({ eventSlug: event.slug, venueId: jinan.id })],
            // Every outcome redirects; only ?result=confirmed|waitlisted means registered.
            isDenied: (o) => !registered(o),
            verify: async (o) => {
              expect(redirectUrl(o)).toBe(`/events/${event.slug}/register?result=confirmed`);
              expect(await db().registration.count({ where: { eventId: event.id, userId: w.actors[role]!.id, status: "CONFIRMED" } })).toBe(
                1,
              );
            },
          };
        },
      },
      {
        name: "register for a draft event",
        access: { nobody: "a draft event is not public (publicEventWhere)" },
        prepare: async (w) => {
          const { event, jinan } = await w.event({ status: "DRAFT" });
          return { args: [form({ eventSlug: event.slug, venueId: jinan.id })], isDenied: (o) => !registered(o) };
        },
      },
    ],
  },
  [`${REGISTER}#cancelRegistrationAction`]: {
    note: "Self-service only: the registration is the delegate's, so everyone else gets ?result=error and nothing changes.",
    scenarios: [
      {
        name: "cancel the delegate's registration",
        access: { action: "reader.own", ownedBy: "delegate" },
        prepare: async (w) => {
          const { event, jinan } = await w.event({ endDate: OPEN_UNTIL });
          const registration = await createRegistration(db(), { eventId: event.id, userId: w.users.delegate.id, venueId: jinan.id });
          return {
            args: [form({ eventSlug: event.slug, registrationId: registration.id })],
            isDenied: (o) => o.kind === "redirect" && (o.url.startsWith("/sign-in") || o.url.endsWith("?result=error")),
            verify: async (o) => {
              expect(redirectUrl(o)).toBe(`/events/${event.slug}/register?result=cancelled`);
              expect((await db().registration.findUniqueOrThrow({ where: { id: registration.id }, select: { status: true } })).status).toBe(
                "CANCELLED",
              );
            },
          };
        },
      },
    ],
  },
  [`${MY_AGENDA}#resetCalendarLinkAction`]: {
    note: "Self-service only: a new calendar token for the delegate's own registration; everyone else gets ?result=error and the token stays.",
    scenarios: [
      {
        name: "reset the delegate's calendar link",
        access: { action: "reader.own", ownedBy: "delegate" },
        prepare: async (w) => {
          const { event, jinan } = await w.event({ endDate: OPEN_UNTIL });
          const registration = await createRegistration(db(), { eventId: event.id, userId: w.users.delegate.id, venueId: jinan.id });
          const token = async () =>
            (await db().registration.findUniqueOrThrow({ where: { id: registration.id }, select: { calendarToken: true } })).calendarToken;
          const before = await token();
          return {
            args: [form({ registrationId: registration.id })],
            isDenied: (o) => o.kind === "redirect" && (o.url.startsWith("/sign-in") || o.url.endsWith("?result=error")),
            verify: async (o) => {
              expect(redirectUrl(o)).toBe("/me/agenda?result=calendar-reset");
              expect(await token()).not.toBe(before);
            },
          };
        },
      },
    ],
  },
};
