import "server-only";
import { expect } from "vitest";
import { createSession } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { type Matrix } from "../types.ts";
import { form, redirectUrl, resultData, uniqueTitle } from "./helpers.ts";

// Sessions, venues and tracks of an event of the owning organization.

const SESSIONS = "app/organizer/events/[eventId]/sessions/actions.ts";
const VENUES = "app/organizer/events/[eventId]/venues/actions.ts";
const TRACKS = "app/organizer/events/[eventId]/tracks/actions.ts";
const TIMETABLE = "app/organizer/events/[eventId]/timetable/actions.ts";

const newTrack = (eventId: string) =>
  db().track.create({ data: { eventId, name: { en: "Medical" }, color: "teal" }, select: { id: true } });

const sessionFields = (title: string, hostVenueId: string) => ({
  type: "PLENARY",
  title: { en: title },
  startLocal: "2020-07-30T10:00",
  endLocal: "2020-07-30T11:00",
  hostVenueId,
  language: "zh",
});

const venueFields = (name: string) => ({ kind: "PHYSICAL", name: { en: name }, country: "JP", timeZone: "Asia/Tokyo" });

export const organizerProgrammeEntries: Matrix = {
  [`${SESSIONS}#createSessionAction`]: {
    scenarios: [
      {
        name: "add a session to the event",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, jinan } = await w.event();
          const title = uniqueTitle("Opening plenary");
          return {
            args: [null, form({ eventId: event.id, ...sessionFields(title, jinan.id) })],
            verify: async (o) => {
              expect(redirectUrl(o)).toBe(`/organizer/events/${event.id}/timetable`);
              expect(await db().session.count({ where: { eventId: event.id, title: { path: ["en"], equals: title } } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${SESSIONS}#updateSessionAction`]: {
    scenarios: [
      {
        name: "retitle a session",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, jinan } = await w.event();
          const session = await createSession(db(), { eventId: event.id, hostVenueId: jinan.id });
          const title = uniqueTitle("Retitled session");
          return {
            args: [null, form({ eventId: event.id, sessionId: session.id, version: 1, ...sessionFields(title, jinan.id) })],
            verify: async (o) => {
              expect(redirectUrl(o)).toBe(`/organizer/events/${event.id}/timetable`);
              expect(await db().session.findUniqueOrThrow({ where: { id: session.id }, select: { title: true, version: true } })).toEqual({
                title: { en: title },
                version: 2,
              });
            },
          };
        },
      },
    ],
  },
  [`${SESSIONS}#deleteSessionAction`]: {
    scenarios: [
      {
        name: "delete a session",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, jinan } = await w.event();
          const session = await createSession(db(), { eventId: event.id, hostVenueId: jinan.id });
          return {
            args: [null, form({ eventId: event.id, sessionId: session.id, version: 1 })],
            verify: async (o) => {
              expect(redirectUrl(o)).toBe(`/organizer/events/${event.id}/timetable`);
              expect(await db().session.count({ where: { id: session.id } })).toBe(0);
            },
          };
        },
      },
    ],
  },
  [`${TIMETABLE}#rescheduleSessionAction`]: {
    scenarios: [
      {
        name: "move a session on the timetable grid",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, jinan } = await w.event();
          const session = await createSession(db(), { eventId: event.id, hostVenueId: jinan.id });
          return {
            args: [{ sessionId: session.id, version: 1, startLocal: "2020-07-30T10:30", endLocal: "2020-07-30T12:00" }],
            verify: async (o) => {
              expect(resultData(o)).toEqual({ id: session.id, version: 2 });
              expect(
                await db().session.findUniqueOrThrow({
                  where: { id: session.id },
                  select: { startsAt: true, endsAt: true, version: true },
                }),
              ).toEqual({ startsAt: new Date("2020-07-30T02:30:00Z"), endsAt: new Date("2020-07-30T04:00:00Z"), version: 2 });
            },
          };
        },
      },
    ],
  },
  [`${VENUES}#createVenueAction`]: {
    scenarios: [
      {
        name: "add a venue to the event",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event } = await w.event();
          const name = uniqueTitle("Osaka venue");
          return {
            args: [null, form({ eventId: event.id, ...venueFields(name) })],
            verify: async (o) => {
              resultData(o);
              expect(await db().venue.count({ where: { eventId: event.id, name: { path: ["en"], equals: name } } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${VENUES}#updateVenueAction`]: {
    scenarios: [
      {
        name: "rename a venue",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { tokyo } = await w.event();
          const name = uniqueTitle("Renamed venue");
          return {
            args: [null, form({ venueId: tokyo.id, version: 1, ...venueFields(name) })],
            verify: async (o) => {
              resultData(o);
              expect(await db().venue.findUniqueOrThrow({ where: { id: tokyo.id }, select: { name: true, version: true } })).toEqual({
                name: { en: name },
                version: 2,
              });
            },
          };
        },
      },
    ],
  },
  [`${VENUES}#deleteVenueAction`]: {
    scenarios: [
      {
        name: "delete a venue that hosts nothing",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { tokyo } = await w.event();
          return {
            args: [null, form({ venueId: tokyo.id, version: 1 })],
            verify: async (o) => {
              resultData(o);
              expect(await db().venue.count({ where: { id: tokyo.id } })).toBe(0);
            },
          };
        },
      },
    ],
  },
  [`${TRACKS}#createTrackAction`]: {
    scenarios: [
      {
        name: "add a track to the event",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event } = await w.event();
          const name = uniqueTitle("Equipment track");
          return {
            args: [null, form({ eventId: event.id, name: { en: name }, color: "violet" })],
            verify: async (o) => {
              resultData(o);
              expect(await db().track.count({ where: { eventId: event.id, name: { path: ["en"], equals: name }, color: "violet" } })).toBe(
                1,
              );
            },
          };
        },
      },
    ],
  },
  [`${TRACKS}#updateTrackAction`]: {
    scenarios: [
      {
        name: "rename and recolour a track",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event } = await w.event();
          const track = await newTrack(event.id);
          const name = uniqueTitle("Renamed track");
          return {
            args: [null, form({ trackId: track.id, version: 1, name: { en: name }, color: "rose" })],
            verify: async (o) => {
              resultData(o);
              expect(
                await db().track.findUniqueOrThrow({ where: { id: track.id }, select: { name: true, color: true, version: true } }),
              ).toEqual({ name: { en: name }, color: "rose", version: 2 });
            },
          };
        },
      },
    ],
  },
  [`${TRACKS}#deleteTrackAction`]: {
    scenarios: [
      {
        name: "delete a track",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event } = await w.event();
          const track = await newTrack(event.id);
          return {
            args: [null, form({ trackId: track.id, version: 1 })],
            verify: async (o) => {
              resultData(o);
              expect(await db().track.count({ where: { id: track.id } })).toBe(0);
            },
          };
        },
      },
    ],
  },
};
