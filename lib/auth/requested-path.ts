// Where an anonymous reader of the organizer workspace goes back to after signing in. A
// layout is not told the request's path, so proxy.ts copies it into this request header for
// /organizer paths (overwriting anything a client sent), and the organizer layout reads it.
// Only a same-site path inside the workspace is accepted; anything else falls back to its start.

import { safeReturnPath } from "./safe-return-path.ts";

export const REQUESTED_PATH_HEADER = "x-accord-requested-path";
export const WORKSPACE_START = "/organizer";

export const isWorkspacePath = (pathname: string) => pathname === WORKSPACE_START || pathname.startsWith(`${WORKSPACE_START}/`);

/** The path (with query) to return to, or the workspace start when the header is missing or odd. */
export function workspaceReturnPath(header: string | null): string {
  const safe = safeReturnPath(header, WORKSPACE_START);
  return isWorkspacePath(new URL(safe, "https://accord.invalid").pathname) ? safe : WORKSPACE_START;
}
