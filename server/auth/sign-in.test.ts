import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { verifyPassword } from "./password.ts";
import { verifyCredentials } from "./sign-in.ts";
import { createTestUser, TEST_PASSWORD } from "./test-fixtures.ts";
import { MAX_DELAY_MS, NETWORK_LIMIT, PAIR_LIMIT, WINDOW_MS } from "./throttle.ts";
import { memoryThrottleStore, setThrottleStoreForTests, type ThrottleStore } from "./throttle-store.ts";
import { msg } from "@/lib/i18n/server-messages/message";

vi.mock("./password.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./password.ts")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

useTestDatabase();

const verifySpy = vi.mocked(verifyPassword);
let n = 0;
/** A fresh IP per call, so only the per-account counting is in play. */
const freshIp = () => `10.0.${Math.floor(++n / 250)}.${n % 250}`;
let now = Date.parse("2026-11-25T08:00:00Z");
let store: ThrottleStore;
const delays: number[] = [];
const sleep = async (ms: number) => {
  delays.push(ms);
};
const verify = (input: Parameters<typeof verifyCredentials>[0]) => verifyCredentials(input, sleep);
/** The current counts of some keys (a hit taken back at once). */
async function counts(...keys: string[]): Promise<number[]> {
  const c = await store.hit(keys, WINDOW_MS);
  await store.undo(keys);
  return c.map((v) => v - 1);
}
const attempts = async (email: string, ip: string) =>
  (await counts(`account:${email}`, `network:${ip}`, `pair:${ip}|${email}`)).reduce((a, b) => a + b, 0);

beforeEach(() => {
  store = memoryThrottleStore(() => now);
  setThrottleStoreForTests(store);
  verifySpy.mockClear();
  delays.length = 0;
});
afterAll(() => setThrottleStoreForTests(undefined));

describe("verifyCredentials", () => {
  it("signs in with the right password, case-insensitively, and leaves no attempt behind", async () => {
    const user = await createTestUser({ email: "ada@example.org", role: "ORGANIZER", name: "Ada" });
    const result = await verify({ email: "  Ada@Example.ORG ", password: TEST_PASSWORD, ip: freshIp() });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: "ada@example.org", name: "Ada", role: "ORGANIZER" } });
    expect(await attempts("ada@example.org", `10.0.0.${n % 250}`)).toBe(0);
  });

  it("refuses a wrong password with the shared message and records one attempt per key", async () => {
    await createTestUser({ email: "wrong@example.org" });
    const result = await verify({ email: "wrong@example.org", password: "nope", ip: "10.9.9.9" });
    expect(result).toEqual({ ok: false, code: "invalid_credentials", message: msg("signIn.emailPasswordIncorrect") });
    expect(await counts("account:wrong@example.org", "network:10.9.9.9", "pair:10.9.9.9|wrong@example.org")).toEqual([1, 1, 1]);
  });

  it("answers an unknown email exactly like a wrong password, after the same hash check", async () => {
    const result = await verify({ email: "nobody@example.org", password: "whatever", ip: freshIp() });
    expect(result).toEqual({ ok: false, code: "invalid_credentials", message: msg("signIn.emailPasswordIncorrect") });
    expect(verifySpy).toHaveBeenCalledTimes(1); // against the dummy Argon2id hash
    expect(verifySpy.mock.calls[0][0]).toMatch(/^\$argon2id\$/);
  });

  it("refuses empty fields with field-level messages, before any lookup", async () => {
    const result = await verify({ email: "  ", password: "", ip: freshIp() });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { email: "emailRequired", password: "passwordRequired" },
      message: msg("signIn.enterEmailAddress"),
    });
    const missing = await verify({ email: undefined, password: null, ip: freshIp() });
    expect(missing).toMatchObject({ code: "invalid_input", fieldErrors: { email: "emailRequired", password: "passwordRequired" } });
    expect(await verify({ email: "not-an-email", password: "x", ip: null })).toMatchObject({
      code: "invalid_input",
      fieldErrors: { email: "emailInvalid" },
    });
    expect(verifySpy).not.toHaveBeenCalled();
    expect(await counts("account:not-an-email")).toEqual([0]);
  });

  it("rejects a 10 kB password with a clear message, without hashing or counting it", async () => {
    await createTestUser({ email: "long@example.org" });
    const result = await verify({ email: "long@example.org", password: "x".repeat(10_240), ip: freshIp() });
    expect(result).toEqual({
      ok: false,
      code: "invalid_input",
      message: msg("signIn.passwordMustAtMostCharacters", { max: 256 }),
      fieldErrors: { password: "passwordTooLong" },
    });
    expect(verifySpy).not.toHaveBeenCalled();
    expect(await counts("account:long@example.org")).toEqual([0]);
  });

  it("refuses a deactivated user even with the right password", async () => {
    await createTestUser({ email: "gone@example.org", active: false });
    const result = await verify({ email: "gone@example.org", password: TEST_PASSWORD, ip: freshIp() });
    expect(result).toEqual({ ok: false, code: "invalid_credentials", message: msg("signIn.emailPasswordIncorrect") });
  });
});

describe("throttling", () => {
  it("lets the real user in from another network after many failures elsewhere, only slowed down", async () => {
    await createTestUser({ email: "target@example.org" });
    for (let i = 0; i < 12; i++) {
      // Different casing and networks: the account key is the normalized email.
      const email = i % 2 ? "TARGET@example.org" : "target@example.org";
      expect(await verify({ email, password: "guess", ip: freshIp() })).toMatchObject({ code: "invalid_credentials" });
    }
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, MAX_DELAY_MS, MAX_DELAY_MS, MAX_DELAY_MS]); // from the 6th failure on
    delays.length = 0;
    verifySpy.mockClear();
    const owner = await verify({ email: "target@example.org", password: TEST_PASSWORD, ip: "198.51.100.20" });
    expect(owner).toMatchObject({ ok: true });
    expect(delays).toEqual([MAX_DELAY_MS]);
    expect(verifySpy).toHaveBeenCalledTimes(1);
  });

  it("refuses one network after PAIR_LIMIT failures on one account, unchecked, even with the right password", async () => {
    const user = await createTestUser();
    for (let i = 0; i < PAIR_LIMIT; i++) await verify({ email: user.email, password: "guess", ip: "203.0.113.7" });
    verifySpy.mockClear();
    const next = await verify({ email: user.email, password: TEST_PASSWORD, ip: "203.0.113.7" });
    expect(next).toEqual({ ok: false, code: "too_many_attempts", message: msg("signIn.tooManyAttemptsTryAgain") });
    expect(verifySpy).not.toHaveBeenCalled();
    // The same network may still try another account, and the owner gets in from elsewhere.
    const other = await createTestUser();
    expect(await verify({ email: other.email, password: TEST_PASSWORD, ip: "203.0.113.7" })).toMatchObject({ ok: true });
    expect(await verify({ email: user.email, password: TEST_PASSWORD, ip: "203.0.113.8" })).toMatchObject({ ok: true });
  });

  it("refuses one network after NETWORK_LIMIT failures across accounts; an IPv6 /64 is one network", async () => {
    const victim = await createTestUser();
    for (let i = 0; i < NETWORK_LIMIT; i++) {
      await verify({ email: `sprayed-${i}@example.org`, password: "guess", ip: `2001:db8:5:6::${(i + 1).toString(16)}` });
    }
    verifySpy.mockClear();
    expect(await verify({ email: victim.email, password: TEST_PASSWORD, ip: "2001:db8:5:6:ffff::1" })).toMatchObject({
      code: "too_many_attempts",
    });
    expect(verifySpy).not.toHaveBeenCalled();
    expect(await verify({ email: victim.email, password: TEST_PASSWORD, ip: "2001:db8:5:7::1" })).toMatchObject({ ok: true });
  });

  it("does not count successful sign-ins", async () => {
    const user = await createTestUser();
    const ip = "192.0.2.44";
    for (let i = 0; i < PAIR_LIMIT - 1; i++) await verify({ email: user.email, password: "guess", ip });
    for (let i = 0; i < 3; i++) expect(await verify({ email: user.email, password: TEST_PASSWORD, ip })).toMatchObject({ ok: true });
    expect(await verify({ email: user.email, password: "guess", ip })).toMatchObject({ code: "invalid_credentials" });
    expect(await verify({ email: user.email, password: TEST_PASSWORD, ip })).toMatchObject({ code: "too_many_attempts" });
  });

  it("lets the network try again once the window has passed", async () => {
    const user = await createTestUser();
    const ip = "192.0.2.55";
    for (let i = 0; i < PAIR_LIMIT; i++) await verify({ email: user.email, password: "guess", ip });
    now += WINDOW_MS - 1;
    expect(await verify({ email: user.email, password: TEST_PASSWORD, ip })).toMatchObject({ code: "too_many_attempts" });
    now += 2;
    delays.length = 0;
    expect(await verify({ email: user.email, password: TEST_PASSWORD, ip })).toMatchObject({ ok: true });
    expect(delays).toEqual([]); // the account's count expired with the window too
  });

  it("checks at most PAIR_LIMIT passwords when many wrong attempts arrive at once from one network", async () => {
    const user = await createTestUser();
    const results = await Promise.all(
      Array.from({ length: PAIR_LIMIT * 2 }, () => verify({ email: user.email, password: "guess", ip: "192.0.2.66" })),
    );
    expect(results.filter((r) => !r.ok && r.code === "invalid_credentials").length).toBe(PAIR_LIMIT);
    expect(verifySpy.mock.calls.length).toBe(PAIR_LIMIT);
    expect(results.every((r) => !r.ok)).toBe(true);
  });
});
