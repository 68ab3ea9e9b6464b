import "server-only";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { storageConfig, storagePath, type MediaKind } from "./storage-config.ts";

// Streams an upload to a temporary file in the storage folder, counting bytes as they come
// so an oversized upload is cut off (never buffered whole in memory); the caller looks at
// the first bytes, then either commits the file under its final name or discards it.

export type Received = { tempPath: string; size: number; head: Uint8Array };
export type ReceiveError = { tooLarge: true; limit: number };

export type UploadBody = ReadableStream<Uint8Array> | Blob;

export async function receiveUpload(kind: MediaKind, body: UploadBody, limit: number, headBytes: number): Promise<Received | ReceiveError> {
  const dir = storagePath(storageConfig(), kind, "");
  await mkdir(dir, { recursive: true });
  const tempPath = storagePath(storageConfig(), kind, `.upload-${randomBytes(8).toString("hex")}`);
  const stream = body instanceof Blob ? body.stream() : body;
  const reader = stream.getReader();
  const out = createWriteStream(tempPath, { flags: "wx" });
  // The file is created when the stream opens, asynchronously: wait for it, or an upload
  // refused on its first chunk would remove the file before it exists and leave it behind.
  await once(out, "open");
  const sink = Writable.toWeb(out).getWriter();
  let size = 0;
  const head: number[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        await sink.abort();
        await rm(tempPath, { force: true });
        return { tooLarge: true, limit };
      }
      for (let i = 0; i < value.length && head.length < headBytes; i += 1) head.push(value[i]);
      await sink.write(value);
    }
    await sink.close();
  } catch (error) {
    await sink.abort().catch(() => undefined);
    await rm(tempPath, { force: true });
    throw error;
  }
  return { tempPath, size, head: Uint8Array.from(head) };
}

export async function commitUpload(received: Received, kind: MediaKind, fileName: string): Promise<void> {
  await rename(received.tempPath, storagePath(storageConfig(), kind, fileName));
}

export async function discardUpload(received: Received): Promise<void> {
  await rm(received.tempPath, { force: true });
}

/** Best effort: a file left behind wastes space but is unreachable (no record names it). */
export async function removeStoredFile(kind: MediaKind, fileName: string): Promise<void> {
  await rm(storagePath(storageConfig(), kind, fileName), { force: true }).catch(() => undefined);
}
