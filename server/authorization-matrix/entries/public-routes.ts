import "server-only";
import { expect, vi } from "vitest";
import { createAgreement, createRegistration, createSession, localized } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { resetEnvForTests } from "@/server/env";
import { newCalendarToken } from "@/server/registrations/register-for-event";
import { type Matrix, type Scenario, type Access } from "../types.ts";
import type { MatrixWorld } from "../world.ts";
import { responseOf, routeContext, uniqueTitle } from "./helpers.ts";

// Read-only routes. For the public ones (calendars, tally board, embed) "allowed" means the
// published event's data is served to anyone, and "denied" that a draft event's data is
// served to no one, not even its own organizers, and the 404 names nothing of it.

/** An event of the owning organization with one session; both titles unique. */
async function eventWithSession(w: MatrixWorld, status: "PUBLISHED" | "DRAFT") {
  const eventTitle = uniqueTitle("Dialogue");
  const ours = await w.event({ status, title: localized(eventTitle) });
  const sessionTitle = uniqueTitle("Plenary");
  const session = await createSession(db(), { eventId: ours.event.id, hostVenueId: ours.jinan.id }, { title: localized(sessionTitle) });
  return { ...ours, session, eventTitle, sessionTitle };
}

/** The published scenario (everyone gets it) and the draft one (no one does) of a public read. */
function publicAndDraft(what: string, request: (s: Awaited<ReturnType<typeof eventWithSession>>) => unknown[]): Scenario[] {
  return (["PUBLISHED", "DRAFT"] as const).map((status) => ({
    name: `${what} of a ${status.toLowerCase()} event`,
    access: status === "PUBLISHED" ? PUBLIC : DRAFT_IS_NOT_PUBLIC,
    prepare: async (w) => {
      const s = await eventWithSession(w, status);
      return {
        args: request(s),
        secrets: [s.eventTitle, s.sessionTitle],
        verify: (o) => {
          expect(responseOf(o).status).toBe(200);
          expect(responseOf(o).body).toContain(s.sessionTitle);
        },
      };
    },
  }));
}

const PUBLIC: Access = { action: "public.read" };
const DRAFT_IS_NOT_PUBLIC: Access = {
  nobody: "a draft event is not public (publicEventWhere), not even to its organizers on a public route",
};

const get = (path: string) => new Request(`http://localhost${path}`);

/** The canonical-host route reads the public address from server/env.ts: set it for one case. */
function withPublicAddress(): () => void {
  vi.stubEnv("NEXTAUTH_URL", "https://accord.test");
  resetEnvForTests();
  return () => {
    vi.unstubAllEnvs();
    resetEnvForTests();
  };
}

const canonicalHostScenarios = (): Scenario[] => [
  {
    name: "send a page opened under another host name to the same path on the public address",
    access: PUBLIC,
    perRole: true,
    prepare: async () => {
      const restore = withPublicAddress();
      return {
        args: [
          new Request("http://127.0.0.1/api/canonical-host", { headers: { "x-accord-canonical-path": "/en/events/x?tz=Asia%2FTokyo" } }),
        ],
        verify: (o) => {
          restore();
          expect(responseOf(o).status).toBe(308);
          expect(responseOf(o).headers.get("location")).toBe("https://accord.test/en/events/x?tz=Asia%2FTokyo");
        },
      };
    },
  },
  {
    name: "a path that would lead to another site",
    access: { nobody: "the route redirects only to the public address itself" },
    perRole: true,
    prepare: async () => {
      const restore = withPublicAddress();
      return {
        args: [new Request("http://127.0.0.1/api/canonical-host", { headers: { "x-accord-canonical-path": "//evil.example/x" } })],
        verify: (o) => {
          restore();
          expect(responseOf(o).headers.get("location")).toBeNull();
        },
      };
    },
  },
];

export const publicRouteEntries: Matrix = {
  "app/api/calendar/events/[slug]/route.ts#GET": {
    scenarios: publicAndDraft("the programme calendar", (s) => [
      get(`/api/calendar/events/${s.event.slug}?lang=en`),
      routeContext({ slug: s.event.slug }),
    ]),
  },
  "app/api/calendar/sessions/[sessionId]/route.ts#GET": {
    scenarios: publicAndDraft("one session's calendar", (s) => [
      get(`/api/calendar/sessions/${s.session.id}?lang=en`),
      routeContext({ sessionId: s.session.id }),
    ]),
  },
  "app/embed/events/[slug]/agenda/route.ts#GET": {
    scenarios: publicAndDraft("the embeddable agenda", (s) => [
      get(`/embed/events/${s.event.slug}/agenda?lang=en`),
      routeContext({ slug: s.event.slug }),
    ]),
  },
  "app/api/calendar/personal/[token]/route.ts#GET": {
    note: "The token in the URL is the credential (calendar apps cannot sign in), so the caller does not matter.",
    scenarios: (["CONFIRMED", "CANCELLED"] as const).map((status) => ({
      name: `the bookmark feed of a ${status.toLowerCase()} registration`,
      access: status === "CONFIRMED" ? PUBLIC : { nobody: "a cancelled registration has no feed" },
      prepare: async (w: MatrixWorld) => {
        const s = await eventWithSession(w, "PUBLISHED");
        const token = newCalendarToken();
        const reg = await createRegistration(
          db(),
          { eventId: s.event.id, userId: w.users.delegate.id, venueId: s.jinan.id },
          { status, calendarToken: token },
        );
        await db().bookmark.create({ data: { registrationId: reg.id, sessionId: s.session.id } });
        return {
          args: [get(`/api/calendar/personal/${token}?lang=en`), routeContext({ token })],
          secrets: [s.eventTitle, s.sessionTitle],
          verify: (o) => expect(responseOf(o).body).toContain(s.sessionTitle),
        };
      },
    })),
  },
  "app/api/events/[slug]/agreements.csv/route.ts#GET": {
    note: "The full register, internal rows included, for admins and every member of the event's organization.",
    scenarios: [
      {
        name: "download the agreement register with an internal agreement",
        access: { action: "internal.read" },
        prepare: async (w) => {
          const { event } = await w.event();
          const title = uniqueTitle("Confidential investment");
          await createAgreement(db(), { eventId: event.id }, { title: localized(title), visibility: "INTERNAL" });
          return {
            args: [get(`/api/events/${event.slug}/agreements.csv`), routeContext({ slug: event.slug })],
            secrets: [title],
            verify: (o) => {
              expect(responseOf(o).headers.get("content-type")).toMatch(/^text\/csv/);
              expect(responseOf(o).body).toContain(title);
            },
          };
        },
      },
    ],
  },
  "app/api/events/[slug]/tally/stream/route.ts#GET": {
    scenarios: (["PUBLISHED", "DRAFT"] as const).map((status) => ({
      name: `the live tally of a ${status.toLowerCase()} event`,
      access: status === "PUBLISHED" ? PUBLIC : DRAFT_IS_NOT_PUBLIC,
      perRole: true, // each case opens (and hangs up) its own stream
      prepare: async (w: MatrixWorld) => {
        const s = await eventWithSession(w, status);
        const hangUp = new AbortController();
        return {
          args: [
            new Request(`http://localhost/api/events/${s.event.slug}/tally/stream`, { signal: hangUp.signal }),
            routeContext({ slug: s.event.slug }),
          ],
          abort: () => hangUp.abort(),
          secrets: [s.eventTitle],
          verify: (o) => {
            expect(responseOf(o).headers.get("content-type")).toMatch(/^text\/event-stream/);
            expect(responseOf(o).body).toMatch(/event: tally\ndata: \{/);
          },
        };
      },
    })),
  },
  "app/api/canonical-host/route.ts#GET": {
    note: "Public by design: a page opened under another host name is sent to the public address (proxy.ts rewrites here).",
    scenarios: canonicalHostScenarios(),
  },
  "app/api/canonical-host/route.ts#HEAD": {
    note: "As GET.",
    scenarios: canonicalHostScenarios(),
  },
  "app/api/health/route.ts#GET": {
    note: "Public by design; it must say only whether the database answers.",
    scenarios: [
      {
        name: "liveness and readiness",
        access: { action: "public.read" },
        prepare: async () => ({
          args: [],
          verify: (o) => {
            const body = responseOf(o).body;
            expect(JSON.parse(body)).toMatchObject({ status: "ok" });
            expect(body).not.toContain(process.env.DATABASE_URL!);
            expect(body).not.toMatch(/postgres(ql)?:\/\//);
          },
        }),
      },
    ],
  },
};
