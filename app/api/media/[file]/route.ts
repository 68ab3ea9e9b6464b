import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { getCurrentUser } from "@/server/auth/current-user";
import { getMediaFile } from "@/server/video-messages/get-media-file";
import { parseRange } from "@/server/video-messages/parse-range";

// Streams a stored video or caption file, with byte ranges so <video> can seek. The name is
// checked against the owning message's record (server/video-messages/get-media-file.ts),
// never resolved against the file system, so "../" and friends only ever get a 404.
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ file: string }> };

export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { file } = await params;
  const media = await getMediaFile(await getCurrentUser(), file);
  if (!media) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const headers = new Headers({
    "Content-Type": media.contentType,
    "Accept-Ranges": "bytes",
    "X-Content-Type-Options": "nosniff",
    // Names are unique per upload, but who may read them can change (made private again).
    "Cache-Control": media.isPublic ? "public, max-age=300" : "private, no-store",
    "Content-Disposition": "inline",
  });
  const range = parseRange(request.headers.get("range"), media.size);
  if (range === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${media.size}`);
    return new Response(null, { status: 416, headers });
  }
  const { start, end } = range ?? { start: 0, end: media.size - 1 };
  headers.set("Content-Length", String(media.size === 0 ? 0 : end - start + 1));
  if (range) headers.set("Content-Range", `bytes ${start}-${end}/${media.size}`);
  if (media.size === 0) return new Response(null, { status: 200, headers });
  const stream = Readable.toWeb(createReadStream(media.path, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(stream, { status: range ? 206 : 200, headers });
}
