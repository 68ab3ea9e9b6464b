import "server-only";
import { getServerSession } from "next-auth/next";
import type { JWT } from "next-auth/jwt";
import { headers } from "next/headers";
import { cache } from "react";
import { authOptions } from "./auth-options.ts";
import { sessionUsable } from "./request-origin.ts";
import { resolveCurrentUser, type CurrentUser, type SessionClaims } from "./resolve-current-user.ts";

// The data access layer's entry point: who is calling, re-read from the database once per
// request (React cache). What they may do is decided by server/access (policy.ts), which
// every server function asks with this user.
// A server action or other request with a body whose Origin is missing or not this app's
// is anonymous (request-origin.ts), so every write it attempts is refused.

// The same options, but the server-side session exposes the JWT's claims (never sent to
// the browser, whose session callback in authOptions strips them).
// Built per call: spreading authOptions reads its `secret` getter, which validates env.
function claimOptions() {
  return {
    ...authOptions,
    callbacks: {
      ...authOptions.callbacks,
      session: ({ token }: { token: JWT }): SessionClaims => ({ uid: token.uid, sid: token.sid }),
    },
  };
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  if (!sessionUsable(await headers())) return null;
  const claims = await getServerSession<ReturnType<typeof claimOptions>, SessionClaims>(claimOptions());
  return resolveCurrentUser(claims);
});

export type { CurrentUser };
