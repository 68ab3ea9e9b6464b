import type { CredentialsConfig } from "next-auth/providers/credentials";
import type { JWT } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { authOptions } from "./auth-options.ts";
import { createTestUser, TEST_PASSWORD } from "./test-fixtures.ts";
import { PEER_HEADER } from "./peer-address.ts";
import { NETWORK_LIMIT } from "./throttle.ts";
import { memoryThrottleStore, setThrottleStoreForTests } from "./throttle-store.ts";

useTestDatabase();
beforeAll(() => setThrottleStoreForTests(memoryThrottleStore()));
afterAll(() => setThrottleStoreForTests(undefined));

// next-auth keeps the user's authorize in `options` until it merges the provider config.
const authorize = (authOptions.providers[0] as CredentialsConfig & { options: CredentialsConfig }).options.authorize;
/** A request from TCP peer `peer`; `forwarded` is what the client put in X-Forwarded-For. */
const request = (peer: string, forwarded?: string) => ({
  headers: { [PEER_HEADER]: peer, ...(forwarded ? { "x-forwarded-for": forwarded } : {}) },
  body: {},
  query: {},
  method: "POST",
});

async function jwtOnSignIn(user: { id: string; email: string; name: string }): Promise<JWT> {
  const jwt = authOptions.callbacks!.jwt!;
  // Only the fields our callback reads; next-auth passes more.
  return jwt({ token: { name: user.name, email: user.email, sub: user.id }, user, trigger: "signIn" } as Parameters<typeof jwt>[0]);
}

describe("authOptions", () => {
  it("uses JWT sessions, the /sign-in page and the validated secret", () => {
    expect(authOptions.session?.strategy).toBe("jwt");
    expect(authOptions.pages?.signIn).toBe("/sign-in");
    expect(authOptions.secret).toBe(process.env.NEXTAUTH_SECRET);
  });

  it("authorize returns the user for the right password, null for a wrong one", async () => {
    const user = await createTestUser({ email: "mei@example.org", name: "Mei" });
    expect(await authorize({ email: "MEI@example.org", password: TEST_PASSWORD }, request("198.51.100.1"))).toEqual({
      id: user.id,
      email: "mei@example.org",
      name: "Mei",
    });
    expect(await authorize({ email: "mei@example.org", password: "nope" }, request("198.51.100.1"))).toBeNull();
  });

  it("authorize throws the throttle code that signIn() reports, counting the peer, not a forged X-Forwarded-For", async () => {
    const user = await createTestUser();
    // No TRUSTED_PROXIES: a new X-Forwarded-For per try used to make every try a new client,
    // so spraying one password over many accounts was never limited.
    for (let i = 0; i < NETWORK_LIMIT; i++) {
      expect(
        await authorize({ email: `sprayed-${i}@example.org`, password: "nope" }, request("198.51.100.9", `203.0.113.${i + 1}`)),
      ).toBeNull();
    }
    await expect(authorize({ email: user.email, password: TEST_PASSWORD }, request("198.51.100.9", "203.0.113.200"))).rejects.toThrow(
      "too_many_attempts",
    );
    await expect(authorize({ email: "", password: "" }, request("198.51.100.10"))).rejects.toThrow("invalid_input");
  });

  it("creates an AuthSession on sign-in and keeps only uid and sid in the token", async () => {
    const user = await createTestUser();
    const token = await jwtOnSignIn(user);
    expect(Object.keys(token).sort()).toEqual(["sid", "sub", "uid"]);
    expect(token.uid).toBe(user.id);
    const session = await db().authSession.findUniqueOrThrow({ where: { id: token.sid as string } });
    expect(session.userId).toBe(user.id);
    expect(Math.round((session.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(30);
    // Later calls (no sign-in) keep the token as it is.
    const jwt = authOptions.callbacks!.jwt!;
    expect(await jwt({ token } as Parameters<typeof jwt>[0])).toBe(token);
  });

  it("events.signOut deletes the AuthSession named in the token", async () => {
    const user = await createTestUser();
    const token = await jwtOnSignIn(user);
    await authOptions.events!.signOut!({ token, session: undefined as never });
    expect(await db().authSession.count({ where: { id: token.sid as string } })).toBe(0);
    // A token without sid (or an already deleted one) is harmless.
    await authOptions.events!.signOut!({ token: {}, session: undefined as never });
    await authOptions.events!.signOut!({ token, session: undefined as never });
  });

  it("does not expose the claims to the browser's session endpoint", async () => {
    const session = authOptions.callbacks!.session!;
    const out = await session({
      session: { expires: "2030-01-01T00:00:00.000Z", user: { name: "x" } },
      token: { uid: "u", sid: "s" },
    } as unknown as Parameters<typeof session>[0]);
    expect(out).toEqual({ expires: "2030-01-01T00:00:00.000Z" });
  });
});
