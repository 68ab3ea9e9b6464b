import "server-only";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "vitest";
import { db } from "@/server/db/client";
import { captionFileName } from "@/server/video-messages/media-names";
import { storageConfig, storagePath } from "@/server/video-messages/storage-config";
import { type Matrix } from "../types.ts";
import type { MatrixWorld } from "../world.ts";
import { responseOf, routeContext, uniqueTitle } from "./helpers.ts";
import { videoSetup } from "./video-messages.ts";

// Uploading and reading stored video and caption files.

const UPLOAD = "app/api/organizer/video-messages/[id]/upload/route.ts#POST";
const MEDIA = "app/api/media/[file]/route.ts#GET";

const vtt = (line: string) => `WEBVTT\n\n00:00.000 --> 00:01.500\n${line}\n`;

function uploadRequest(id: string, query: string, body: BodyInit): Request {
  return new Request(`http://localhost/api/organizer/video-messages/${id}/upload?${query}`, {
    method: "POST",
    body,
    headers: { host: "localhost", origin: "http://localhost" },
  });
}

/** A caption file on disk for a message of an event made as asked, and its secret text. */
async function storedCaptions(
  w: MatrixWorld,
  event: { status: "DRAFT" | "PUBLISHED"; videosPublic: boolean },
  status: "RECEIVED" | "APPROVED",
) {
  const { message } = await videoSetup(w);
  const m = await message({ status, mediaUrl: "https://media.example.org/v.mp4" });
  await db().event.update({ where: { id: m.eventId }, data: event });
  const file = captionFileName(m.id, "ja");
  const secret = uniqueTitle("Private congratulations");
  const where = storagePath(storageConfig(), "captions", file);
  await mkdir(path.dirname(where), { recursive: true });
  await writeFile(where, vtt(secret));
  await db().videoMessage.update({ where: { id: m.id }, data: { captions: { ja: file } } });
  return {
    args: [new Request(`http://localhost/api/media/${file}`), routeContext({ file })],
    secrets: [secret],
    secret,
  };
}

export const mediaRouteEntries: Matrix = {
  [UPLOAD]: {
    scenarios: [
      {
        name: "upload a video file",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { message } = await videoSetup(w);
          const m = await message();
          const bytes = new Uint8Array(await readFile(path.resolve("e2e/fixtures/video/tiny.webm")));
          return {
            args: [uploadRequest(m.id, "kind=video&version=1", bytes), routeContext({ id: m.id })],
            verify: async (o) => {
              expect(responseOf(o).status).toBe(200);
              const row = await db().videoMessage.findUniqueOrThrow({ where: { id: m.id }, select: { mediaFile: true, status: true } });
              expect(row.mediaFile).toMatch(new RegExp(`^${m.id}--video--[a-f0-9]{16}\\.webm$`));
              expect((await readFile(storagePath(storageConfig(), "videos", row.mediaFile!))).length).toBe(bytes.length);
            },
          };
        },
      },
      {
        name: "upload Japanese captions",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { message } = await videoSetup(w);
          const m = await message();
          const line = uniqueTitle("Captioned greetings");
          return {
            args: [uploadRequest(m.id, "kind=captions&language=ja&version=1", vtt(line)), routeContext({ id: m.id })],
            verify: async (o) => {
              expect(responseOf(o).status).toBe(200);
              const { captions } = await db().videoMessage.findUniqueOrThrow({ where: { id: m.id }, select: { captions: true } });
              const file = (captions as Record<string, string>).ja;
              expect(await readFile(storagePath(storageConfig(), "captions", file), "utf8")).toContain(line);
            },
          };
        },
      },
    ],
  },
  [MEDIA]: {
    note: "Organizers of the event's organization read every stored file; anyone reads the files of approved messages once the event is public and shows its videos.",
    scenarios: [
      {
        name: "captions of a received message of a draft event",
        access: { action: "internal.read" },
        prepare: async (w) => {
          const c = await storedCaptions(w, { status: "DRAFT", videosPublic: false }, "RECEIVED");
          return { args: c.args, secrets: c.secrets, verify: (o) => expect(responseOf(o).body).toContain(c.secret) };
        },
      },
      {
        name: "captions of an approved message of a public event that shows its videos",
        access: { action: "public.read" },
        prepare: async (w) => {
          const c = await storedCaptions(w, { status: "PUBLISHED", videosPublic: true }, "APPROVED");
          return { args: c.args, secrets: c.secrets, verify: (o) => expect(responseOf(o).body).toContain(c.secret) };
        },
      },
    ],
  },
};
