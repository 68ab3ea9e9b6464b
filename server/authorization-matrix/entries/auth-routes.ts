import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { expect, vi } from "vitest";
import { uniqueSuffix } from "@/prisma/seed/factories";
import { type Matrix, type Outcome } from "../types.ts";
import { installCommonJsNextHeaders } from "../request-state.ts";
import { responseOf, routeContext } from "./helpers.ts";

// next-auth's catch-all route is public by design (it is how one signs in). The matrix
// checks that anyone gets a CSRF token, and that a wrong password signs no one in: each
// caller tries their own account (anonymous: an unknown address) and gets CredentialsSignin,
// no session cookie and no AuthSession row. Failed attempts are counted for throttling in
// Redis or memory (server/auth/throttle-store.ts), not in the database.

const ROUTE = "app/api/auth/[...nextauth]/route.ts";

/** The fake request context for next-auth, and its base URL (unset, it warns on every run). */
function nextAuthRequest(): void {
  installCommonJsNextHeaders();
  vi.stubEnv("NEXTAUTH_URL", "http://localhost");
}

function csrfPair() {
  const token = randomBytes(32).toString("hex");
  const hash = createHash("sha256").update(`${token}${process.env.NEXTAUTH_SECRET}`).digest("hex");
  return { token, cookie: `${token}|${hash}` };
}

const signedIn = (o: Outcome) => o.kind === "response" && (o.headers.get("set-cookie") ?? "").includes("session-token");
const refusedCredentials = (o: Outcome) =>
  o.kind === "response" && `${o.headers.get("location") ?? ""} ${o.body}`.includes("error=CredentialsSignin") && !signedIn(o);

export const authRouteEntries: Matrix = {
  [`${ROUTE}#GET`]: {
    note: "Public by design: next-auth's csrf, providers and session endpoints.",
    scenarios: [
      {
        name: "fetch a CSRF token",
        access: { action: "public.read" },
        perRole: true, // the request context is set up per case
        prepare: async () => {
          nextAuthRequest();
          return {
            args: [new NextRequest("http://localhost/api/auth/csrf"), routeContext({ nextauth: ["csrf"] })],
            request: { headers: { host: "localhost" } },
            verify: (o) => expect(JSON.parse(responseOf(o).body)).toEqual({ csrfToken: expect.stringMatching(/^[a-f0-9]{64}$/) }),
          };
        },
      },
    ],
  },
  [`${ROUTE}#POST`]: {
    note: "Public by design: signing in. A wrong password is refused for every account.",
    scenarios: [
      {
        name: "sign in with a wrong password",
        access: { nobody: "a wrong password signs no one in" },
        perRole: true,
        prepare: async (w, role) => {
          nextAuthRequest();
          const email = role === "anonymous" ? `nobody-${uniqueSuffix()}@accord.test` : w.users[role].email;
          const csrf = csrfPair();
          const body = new URLSearchParams({ csrfToken: csrf.token, email, password: "not-the-password-1", callbackUrl: "/" });
          const headers = { host: "localhost", "content-type": "application/x-www-form-urlencoded" };
          return {
            args: [
              new NextRequest("http://localhost/api/auth/callback/credentials", { method: "POST", body, headers }),
              routeContext({ nextauth: ["callback", "credentials"] }),
            ],
            request: { headers, cookies: { "next-auth.csrf-token": csrf.cookie } },
            isDenied: refusedCredentials,
          };
        },
      },
    ],
  },
};
