import "server-only";
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { createRegistration, createSession, createUser } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import type { Matrix } from "../types.ts";
import type { MatrixWorld } from "../world.ts";
import { form, responseOf, resultData, routeContext } from "./helpers.ts";

// Check-in (issue 20). The world's steward holds a grant for the Tokyo venue of each event
// prepared here, so it is a steward there; everywhere else it is an ordinary delegate.
// Refusals of a steward at a venue it does not hold are in server/checkin/checkin.test.ts.

const SCAN = "app/check-in/[eventId]/actions.ts";
const BOARD = "app/organizer/events/[eventId]/check-in/actions.ts";

async function tokyoWithSteward(w: MatrixWorld) {
  const ev = await w.event();
  await db().stewardGrant.create({ data: { eventId: ev.event.id, venueId: ev.tokyo.id, userId: w.users.steward.id } });
  const person = await createUser(db(), { name: `Registrant ${randomUUID().slice(0, 8)}` });
  const registration = await createRegistration(db(), { eventId: ev.event.id, userId: person.id, venueId: ev.tokyo.id });
  return { ...ev, person, registration };
}

async function sessionWithStream(w: MatrixWorld, streamLinksPublic: boolean) {
  const { event, jinan } = await w.event({ streamLinksPublic });
  const url = `https://live.example.org/${event.slug}/plenary`;
  const session = await createSession(db(), { eventId: event.id, hostVenueId: jinan.id }, { streamUrl: url });
  return { event, session, url };
}

export const checkInEntries: Matrix = {
  [`${SCAN}#checkInAction`]: {
    scenarios: [
      {
        name: "check a Tokyo registrant in at Tokyo",
        access: { action: "checkin.scan" },
        prepare: async (w) => {
          const { event, tokyo, registration } = await tokyoWithSteward(w);
          const input = {
            eventId: event.id,
            venueId: tokyo.id,
            token: registration.checkInToken,
            clientScanId: randomUUID(),
            scannedAt: new Date().toISOString(),
          };
          return {
            args: [input],
            verify: async (o) => {
              expect(resultData(o)).toMatchObject({ status: "checked_in", person: { registrationId: registration.id } });
              expect(await db().checkIn.count({ where: { registrationId: registration.id, venueId: tokyo.id, undoneAt: null } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${SCAN}#undoCheckInAction`]: {
    scenarios: [
      {
        name: "undo a check-in made a moment ago at Tokyo",
        access: { action: "checkin.scan" },
        prepare: async (w) => {
          const { event, tokyo, registration } = await tokyoWithSteward(w);
          const row = await db().checkIn.create({
            data: {
              eventId: event.id,
              venueId: tokyo.id,
              registrationId: registration.id,
              scannedAt: new Date(),
              clientScanId: randomUUID(),
            },
          });
          return {
            args: [{ eventId: event.id, checkInId: row.id }],
            verify: async (o) => {
              expect(resultData(o)).toEqual({ id: row.id });
              expect((await db().checkIn.findUniqueOrThrow({ where: { id: row.id } })).undoneAt).not.toBeNull();
            },
          };
        },
      },
    ],
  },
  [`${SCAN}#searchRegistrantsAction`]: {
    scenarios: [
      {
        name: "find a registrant by name",
        access: { action: "checkin.scan" },
        prepare: async (w) => {
          const { event, tokyo, person, registration } = await tokyoWithSteward(w);
          return {
            args: [{ eventId: event.id, venueId: tokyo.id, query: person.name }],
            verify: (o) => {
              expect(resultData<{ registrationId: string }[]>(o).map((h) => h.registrationId)).toEqual([registration.id]);
            },
          };
        },
      },
    ],
  },
  [`${BOARD}#grantStewardAction`]: {
    scenarios: [
      {
        name: "make a user steward of the Jinan venue",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, jinan } = await w.event();
          const user = await createUser(db());
          return {
            args: [null, form({ eventId: event.id, email: user.email, venueIds: [jinan.id] })],
            verify: async () => {
              expect(await db().stewardGrant.count({ where: { eventId: event.id, userId: user.id, venueId: jinan.id } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${BOARD}#revokeStewardAction`]: {
    scenarios: [
      {
        name: "revoke a steward's grant",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event } = await tokyoWithSteward(w);
          const grant = await db().stewardGrant.findFirstOrThrow({ where: { eventId: event.id }, select: { id: true } });
          return {
            args: [null, form({ eventId: event.id, grantId: grant.id })],
            verify: async () => {
              expect(await db().stewardGrant.count({ where: { id: grant.id } })).toBe(0);
            },
          };
        },
      },
    ],
  },
  "app/organizer/events/[eventId]/registrants/actions.ts#setRegistrantVipAction": {
    scenarios: [
      {
        name: "mark a registrant as VIP",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, registration } = await tokyoWithSteward(w);
          return {
            args: [null, form({ eventId: event.id, registrationId: registration.id, version: registration.version, vip: "true" })],
            verify: async () => {
              expect(
                await db().registration.findUniqueOrThrow({ where: { id: registration.id }, select: { vip: true, version: true } }),
              ).toEqual({
                vip: true,
                version: registration.version + 1,
              });
            },
          };
        },
      },
    ],
  },
  "app/watch/[slug]/[sessionId]/route.ts#GET": {
    note: "A session's stream link: where the session page shows the link. A confirmed registrant's click counts as online attendance; anonymous clicks go on uncounted.",
    scenarios: [
      {
        name: "open the stream of a session whose links are public",
        access: { action: "public.read" },
        perRole: true, // each caller gets their own registration
        prepare: async (w, role) => {
          const { event, session, url } = await sessionWithStream(w, true);
          const user = role === "anonymous" ? null : w.users[role];
          const registration = user ? await createRegistration(db(), { eventId: event.id, userId: user.id, venueId: null }) : null;
          return {
            args: [
              new Request(`http://localhost/watch/${event.slug}/${session.id}`),
              routeContext({ slug: event.slug, sessionId: session.id }),
            ],
            verify: async (o) => {
              expect(responseOf(o).status).toBe(303);
              expect(responseOf(o).headers.get("location")).toBe(url);
              expect(await db().streamView.count({ where: { sessionId: session.id } })).toBe(registration ? 1 : 0);
            },
          };
        },
      },
      {
        name: "open the stream of a session whose links are for registrants",
        access: { action: "reader.own", ownedBy: "delegate" },
        prepare: async (w) => {
          const { event, session, url } = await sessionWithStream(w, false);
          const registration = await createRegistration(db(), { eventId: event.id, userId: w.users.delegate.id, venueId: null });
          return {
            args: [
              new Request(`http://localhost/watch/${event.slug}/${session.id}`),
              routeContext({ slug: event.slug, sessionId: session.id }),
            ],
            secrets: [url],
            verify: async (o) => {
              expect(responseOf(o).headers.get("location")).toBe(url);
              expect(await db().streamView.count({ where: { sessionId: session.id, registrationId: registration.id } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  "app/api/organizer/events/[eventId]/attendance/route.ts#GET": {
    note: "Live counts per venue for the event's staff and admins; stewards see their own scans, not the board.",
    scenarios: [
      {
        name: "read the live counts per venue",
        access: { action: "internal.read" },
        prepare: async (w) => {
          const { event, tokyo } = await tokyoWithSteward(w);
          return {
            args: [new Request(`http://localhost/api/organizer/events/${event.id}/attendance`), routeContext({ eventId: event.id })],
            secrets: [tokyo.id],
            verify: (o) => {
              const r = responseOf(o);
              expect(r.status).toBe(200);
              const body = JSON.parse(r.body) as { venues: { venueId: string; registered: number; checkedIn: number }[] };
              expect(body.venues.find((v) => v.venueId === tokyo.id)).toMatchObject({ registered: 1, checkedIn: 0 });
            },
          };
        },
      },
    ],
  },
  "app/api/organizer/events/[eventId]/attendance/stream/route.ts#GET": {
    note: "The check-in board's pushed counts: the event's staff and admins, like the JSON route.",
    scenarios: [
      {
        name: "open the live counts stream",
        access: { action: "internal.read" },
        perRole: true, // each case opens (and hangs up) its own stream
        prepare: async (w) => {
          const { event, tokyo } = await tokyoWithSteward(w);
          const hangUp = new AbortController();
          return {
            args: [
              new Request(`http://localhost/api/organizer/events/${event.id}/attendance/stream`, { signal: hangUp.signal }),
              routeContext({ eventId: event.id }),
            ],
            abort: () => hangUp.abort(),
            secrets: [tokyo.id],
            verify: (o) => {
              const r = responseOf(o);
              expect(r.headers.get("content-type")).toMatch(/^text\/event-stream/);
              expect(r.body).toContain(`event: attendance\ndata: {"venues":[`);
              expect(r.body).toContain(`{"venueId":"${tokyo.id}","checkedIn":0,"registered":1}`);
            },
          };
        },
      },
    ],
  },
  "app/api/organizer/events/[eventId]/badges.pdf/route.ts#GET": {
    note: "Badges carry every registrant's check-in code: the event's staff and admins only.",
    scenarios: [
      {
        name: "print the badges of an event",
        access: { action: "internal.read" },
        prepare: async (w) => {
          const { event, registration } = await tokyoWithSteward(w);
          return {
            args: [new Request(`http://localhost/api/organizer/events/${event.id}/badges.pdf`), routeContext({ eventId: event.id })],
            secrets: [registration.checkInToken],
            verify: (o) => {
              const r = responseOf(o);
              expect(r.status).toBe(200);
              expect(r.headers.get("content-type")).toBe("application/pdf");
              expect(r.body.startsWith("%PDF-")).toBe(true);
            },
          };
        },
      },
    ],
  },
};
