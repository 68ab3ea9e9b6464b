import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { msg } from "@/lib/i18n/server-messages/message";
import { getCurrentUser } from "@/server/auth/current-user";
import { isAllowedOrigin, originPolicy } from "@/server/auth/request-origin";
import { localizedForReader } from "@/server/i18n/localize-result";
import { getMilestoneEvidence } from "@/server/ledger/evidence/get-milestone-evidence";
import { uploadMilestoneEvidence } from "@/server/ledger/evidence/upload-milestone-evidence";

// A milestone's evidence file (issue 19). Uploaded as the raw request body (streamed to disk
// with its size limit, like video uploads) and downloaded by the organization's staff only.
//   POST /api/organizer/milestones/<id>/evidence?version=2&name=permit.pdf   (body: the file)
//   GET  /api/organizer/milestones/<id>/evidence
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

const STATUS: Record<string, number> = { invalid: 422, not_found: 404, forbidden: 403, unauthenticated: 401, conflict: 409 };

export async function POST(request: Request, { params }: Params): Promise<Response> {
  if (!isAllowedOrigin(request.headers, originPolicy()))
    return Response.json(await localizedForReader({ ok: false, code: "forbidden", message: msg("video.crossSiteUploadRefused") }), {
      status: 403,
    });
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const body = request.body ?? new Blob([]);
  const result = await uploadMilestoneEvidence(
    await getCurrentUser(),
    { milestoneId: id, version: query.get("version") ?? "", name: query.get("name") ?? "" },
    body,
  );
  return Response.json(await localizedForReader(result), { status: result.ok ? 200 : (STATUS[result.code] ?? 400) });
}

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  const file = await getMilestoneEvidence(await getCurrentUser(), id);
  if (!file) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const stream = Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>;
  return new Response(stream, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
