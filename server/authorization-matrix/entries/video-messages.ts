import "server-only";
import { expect } from "vitest";
import { createPerson, createSession, createVideoMessage } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { type Matrix } from "../types.ts";
import type { MatrixWorld } from "../world.ts";
import { form, redirectUrl, resultData, uniqueTitle } from "./helpers.ts";

// VIP video messages, the participant list, playback and the run-of-show: admins and the
// owning organization's members manage them.

const VIDEOS = "app/organizer/events/[eventId]/video-messages/actions.ts";
const PARTICIPANTS = "app/organizer/events/[eventId]/participants/actions.ts";

/** A published event of the owning organization with one VIP and a video-message session. */
export async function videoSetup(w: MatrixWorld) {
  const ours = await w.event();
  const vip = await createPerson(db(), w.orgId, { isVip: true });
  const session = await createSession(db(), { eventId: ours.event.id, hostVenueId: ours.jinan.id }, { type: "VIDEO_MESSAGES" });
  const message = (overrides: Parameters<typeof createVideoMessage>[2] = {}) =>
    createVideoMessage(db(), { eventId: ours.event.id, personId: vip.id, sessionId: session.id }, overrides);
  return { ...ours, vip, session, message };
}

const messageFields = (eventId: string, personId: string, title: string) => ({
  eventId,
  personId,
  title: { en: title },
  durationSec: 90,
  language: "ja",
});

export const videoMessageEntries: Matrix = {
  [`${VIDEOS}#saveVideoMessageAction`]: {
    scenarios: [
      {
        name: "record a new video message",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, vip } = await videoSetup(w);
          const title = uniqueTitle("Greetings");
          return {
            args: [null, form(messageFields(event.id, vip.id, title))],
            verify: async (o) => {
              const row = await db().videoMessage.findFirstOrThrow({
                where: { eventId: event.id, title: { path: ["en"], equals: title } },
                select: { id: true },
              });
              expect(redirectUrl(o)).toBe(`/organizer/events/${event.id}/video-messages/${row.id}`);
            },
          };
        },
      },
      {
        name: "edit a video message",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, vip, message } = await videoSetup(w);
          const m = await message();
          const title = uniqueTitle("Edited greetings");
          return {
            args: [null, form({ ...messageFields(event.id, vip.id, title), videoMessageId: m.id, version: 1 })],
            verify: async (o) => {
              resultData(o);
              expect(await db().videoMessage.findUniqueOrThrow({ where: { id: m.id }, select: { title: true, version: true } })).toEqual({
                title: { en: title },
                version: 2,
              });
            },
          };
        },
      },
    ],
  },
  [`${VIDEOS}#changeVideoStatusAction`]: {
    scenarios: [
      {
        name: "mark a requested message with a link as received",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, message } = await videoSetup(w);
          const m = await message({ mediaUrl: "https://media.example.org/greetings.mp4" });
          return {
            args: [null, form({ eventId: event.id, videoMessageId: m.id, version: 1, status: "RECEIVED" })],
            verify: async (o) => {
              resultData(o);
              expect((await db().videoMessage.findUniqueOrThrow({ where: { id: m.id }, select: { status: true } })).status).toBe(
                "RECEIVED",
              );
            },
          };
        },
      },
    ],
  },
  [`${VIDEOS}#deleteVideoMessageAction`]: {
    scenarios: [
      {
        name: "delete an unplayed message",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, message } = await videoSetup(w);
          const m = await message();
          return {
            args: [null, form({ eventId: event.id, videoMessageId: m.id, version: 1 })],
            verify: async (o) => {
              expect(redirectUrl(o)).toBe(`/organizer/events/${event.id}/video-messages`);
              expect(await db().videoMessage.count({ where: { id: m.id } })).toBe(0);
            },
          };
        },
      },
    ],
  },
  [`${PARTICIPANTS}#setAttendanceAction`]: {
    scenarios: [
      {
        name: "record that a VIP takes part by video",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, vip } = await videoSetup(w);
          return {
            args: [null, form({ eventId: event.id, personId: vip.id, mode: "VIDEO_MESSAGE" })],
            verify: async (o) => {
              resultData(o);
              expect(
                await db().eventParticipant.findUnique({
                  where: { eventId_personId: { eventId: event.id, personId: vip.id } },
                  select: { mode: true },
                }),
              ).toEqual({ mode: "VIDEO_MESSAGE" });
            },
          };
        },
      },
    ],
  },
  [`${PARTICIPANTS}#removeParticipantAction`]: {
    scenarios: [
      {
        name: "take a VIP off the participant list",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, vip } = await videoSetup(w);
          await db().eventParticipant.create({ data: { eventId: event.id, personId: vip.id, mode: "ONLINE" } });
          return {
            args: [null, form({ eventId: event.id, personId: vip.id })],
            verify: async (o) => {
              resultData(o);
              expect(await db().eventParticipant.count({ where: { eventId: event.id, personId: vip.id } })).toBe(0);
            },
          };
        },
      },
    ],
  },
  ["app/organizer/events/[eventId]/playback/[sessionId]/actions.ts#markPlayedAction"]: {
    scenarios: [
      {
        name: "mark an approved message played",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, message } = await videoSetup(w);
          const m = await message({ status: "APPROVED", mediaUrl: "https://media.example.org/v.mp4" });
          return {
            args: [{ eventId: event.id, videoMessageId: m.id }],
            verify: async (o) => {
              expect(resultData(o)).toMatchObject({ status: "PLAYED" });
              expect((await db().videoMessage.findUniqueOrThrow({ where: { id: m.id }, select: { status: true } })).status).toBe("PLAYED");
            },
          };
        },
      },
    ],
  },
  ["app/organizer/events/[eventId]/run-of-show/[sessionId]/actions.ts#reorderAction"]: {
    scenarios: [
      {
        name: "move the first message of a session down",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, session, message } = await videoSetup(w);
          const first = await message({ position: 1 });
          const second = await message({ position: 2 });
          return {
            args: [{ eventId: event.id, sessionId: session.id, move: { videoMessageId: first.id, direction: "down" } }],
            verify: async (o) => {
              expect(resultData(o)).toMatchObject({ order: [second.id, first.id] });
              expect((await db().videoMessage.findUniqueOrThrow({ where: { id: first.id }, select: { position: true } })).position).toBe(2);
            },
          };
        },
      },
    ],
  },
};
