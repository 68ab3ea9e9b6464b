import { getCurrentUser } from "@/server/auth/current-user";
import { isAllowedOrigin, originPolicy } from "@/server/auth/request-origin";
import { localizedForReader } from "@/server/i18n/localize-result";
import type { ActionResult } from "@/server/shared/result";
import { uploadCaptions } from "@/server/video-messages/upload-captions";
import { uploadVideoFile } from "@/server/video-messages/upload-video-file";
import { msg } from "@/lib/i18n/server-messages/message";

// Uploads go through this route rather than a server action: the raw request body is
// streamed to disk with the size limit enforced as it arrives, so a 500 MB video needs no
// server-action body limit and is never held in memory.
//   POST /api/organizer/video-messages/<id>/upload?kind=video&version=3            (body: the file)
//   POST /api/organizer/video-messages/<id>/upload?kind=captions&language=ja&version=3
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

const STATUS: Record<string, number> = { invalid: 422, not_found: 404, forbidden: 403, unauthenticated: 401, conflict: 409 };

async function answer(result: ActionResult<unknown>): Promise<Response> {
  return Response.json(await localizedForReader(result), { status: result.ok ? 200 : (STATUS[result.code] ?? 400) });
}

export async function POST(request: Request, { params }: Params): Promise<Response> {
  // Browsers send Origin on every POST; one that is missing or not this app's is refused.
  if (!isAllowedOrigin(request.headers, originPolicy()))
    return Response.json(await localizedForReader({ ok: false, code: "forbidden", message: msg("video.crossSiteUploadRefused") }), {
      status: 403,
    });
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const actor = await getCurrentUser();
  if (!request.body)
    return answer({ ok: false, code: "invalid", message: msg("video.chooseFileUpload"), fieldErrors: { file: [msg("video.chooseFile")] } });
  const target = { videoMessageId: id, version: query.get("version") ?? "" };
  const kind = query.get("kind");
  if (kind === "video") return answer(await uploadVideoFile(actor, target, request.body));
  if (kind === "captions") return answer(await uploadCaptions(actor, { ...target, language: query.get("language") ?? "" }, request.body));
  return answer({
    ok: false,
    code: "invalid",
    message: msg("video.unknownUploadKind"),
    fieldErrors: { kind: [msg("video.useVideoCaptions")] },
  });
}
