import { CANONICAL_PATH_HEADER, canonicalTarget } from "@/lib/http/canonical-host";
import { env } from "@/server/env";

// The one redirect of a page opened under another host name to the same path on the public
// address (lib/http/canonical-host.ts). proxy.ts decides and rewrites here with the path in a
// request header; answered from a route handler so that Next keeps the Location absolute.
export const dynamic = "force-dynamic";

function redirect(request: Request): Response {
  const target = canonicalTarget(env().NEXTAUTH_URL ?? null, request.headers.get(CANONICAL_PATH_HEADER));
  if (!target) return new Response("Not found", { status: 404 });
  return new Response(null, { status: 308, headers: { Location: target, "Cache-Control": "private, no-store" } });
}

export const GET = redirect;
export const HEAD = redirect;
