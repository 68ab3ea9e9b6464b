import { beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { verifyPassword } from "./password.ts";
import { verifyCredentials } from "./sign-in.ts";
import { createTestUser, TEST_PASSWORD } from "./test-fixtures.ts";
import { WINDOW_MS } from "./throttle.ts";

vi.mock("./password.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./password.ts")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

useTestDatabase();

const verifySpy = vi.mocked(verifyPassword);
const attempts = () => db().loginAttempt.count();
let n = 0;
/** A fresh IP per call, so only the per-account limit is in play. */
const freshIp = () => `10.0.0.${++n}`;

beforeEach(async () => {
  await db().loginAttempt.deleteMany();
  verifySpy.mockClear();
});

describe("verifyCredentials", () => {
  it("signs in with the right password, case-insensitively, and leaves no attempt behind", async () => {
    const user = await createTestUser({ email: "ada@example.org", role: "ORGANIZER", name: "Ada" });
    const result = await verifyCredentials({ email: "  Ada@Example.ORG ", password: TEST_PASSWORD, ip: freshIp() });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: "ada@example.org", name: "Ada", role: "ORGANIZER" } });
    expect(await attempts()).toBe(0);
  });

  it("refuses a wrong password with the shared message and records one attempt per key", async () => {
    await createTestUser({ email: "wrong@example.org" });
    const result = await verifyCredentials({ email: "wrong@example.org", password: "nope", ip: "10.9.9.9" });
    expect(result).toEqual({ ok: false, code: "invalid_credentials", message: "Email or password is incorrect" });
    const keys = (await db().loginAttempt.findMany({ select: { key: true } })).map((r) => r.key).sort();
    expect(keys).toEqual(["account:wrong@example.org", "ip:10.9.9.9"]);
  });

  it("answers an unknown email exactly like a wrong password, after the same hash check", async () => {
    const result = await verifyCredentials({ email: "nobody@example.org", password: "whatever", ip: freshIp() });
    expect(result).toEqual({ ok: false, code: "invalid_credentials", message: "Email or password is incorrect" });
    expect(verifySpy).toHaveBeenCalledTimes(1); // against the dummy Argon2id hash
    expect(verifySpy.mock.calls[0][0]).toMatch(/^\$argon2id\$/);
  });

  it("refuses empty fields with field-level messages, before any lookup", async () => {
    const result = await verifyCredentials({ email: "  ", password: "", ip: freshIp() });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { email: "emailRequired", password: "passwordRequired" },
      message: "Enter your email address",
    });
    const missing = await verifyCredentials({ email: undefined, password: null, ip: freshIp() });
    expect(missing).toMatchObject({ code: "invalid_input", fieldErrors: { email: "emailRequired", password: "passwordRequired" } });
    expect(await verifyCredentials({ email: "not-an-email", password: "x", ip: null })).toMatchObject({
      code: "invalid_input",
      fieldErrors: { email: "emailInvalid" },
    });
    expect(verifySpy).not.toHaveBeenCalled();
    expect(await attempts()).toBe(0);
  });

  it("rejects a 10 kB password with a clear message, without hashing or counting it", async () => {
    await createTestUser({ email: "long@example.org" });
    const result = await verifyCredentials({ email: "long@example.org", password: "x".repeat(10_240), ip: freshIp() });
    expect(result).toEqual({
      ok: false,
      code: "invalid_input",
      message: "Password must be at most 256 characters",
      fieldErrors: { password: "passwordTooLong" },
    });
    expect(verifySpy).not.toHaveBeenCalled();
    expect(await attempts()).toBe(0);
  });

  it("refuses a deactivated user even with the right password", async () => {
    await createTestUser({ email: "gone@example.org", active: false });
    const result = await verifyCredentials({ email: "gone@example.org", password: TEST_PASSWORD, ip: freshIp() });
    expect(result).toEqual({ ok: false, code: "invalid_credentials", message: "Email or password is incorrect" });
  });
});

describe("throttling", () => {
  it("refuses the 6th attempt on one account within a minute, even with the right password, unchecked", async () => {
    await createTestUser({ email: "target@example.org" });
    for (let i = 0; i < 5; i++) {
      // Different casing and IPs: the account key is the normalized email.
      const email = i % 2 ? "TARGET@example.org" : "target@example.org";
      expect(await verifyCredentials({ email, password: "guess", ip: freshIp() })).toMatchObject({ code: "invalid_credentials" });
    }
    verifySpy.mockClear();
    const sixth = await verifyCredentials({ email: "target@example.org", password: TEST_PASSWORD, ip: freshIp() });
    expect(sixth).toEqual({ ok: false, code: "too_many_attempts", message: "Too many attempts, try again later" });
    expect(verifySpy).not.toHaveBeenCalled();
  });

  it("refuses the 6th attempt from one IP across different accounts", async () => {
    const victim = await createTestUser();
    for (let i = 0; i < 5; i++) {
      const other = await createTestUser();
      await verifyCredentials({ email: other.email, password: "guess", ip: "203.0.113.7" });
    }
    const sixth = await verifyCredentials({ email: victim.email, password: TEST_PASSWORD, ip: "203.0.113.7" });
    expect(sixth).toMatchObject({ ok: false, code: "too_many_attempts" });
    // Another IP may still sign in to that account.
    expect(await verifyCredentials({ email: victim.email, password: TEST_PASSWORD, ip: "203.0.113.8" })).toMatchObject({ ok: true });
  });

  it("does not count successful sign-ins", async () => {
    const user = await createTestUser();
    for (let i = 0; i < 4; i++) await verifyCredentials({ email: user.email, password: "guess", ip: freshIp() });
    for (let i = 0; i < 3; i++) {
      expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });
    }
    expect(await verifyCredentials({ email: user.email, password: "guess", ip: freshIp() })).toMatchObject({ code: "invalid_credentials" });
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: freshIp() })).toMatchObject({ code: "too_many_attempts" });
  });

  it("lets the account in again once the window has passed, and prunes old attempts", async () => {
    const user = await createTestUser();
    const t0 = Date.parse("2026-11-25T08:00:00Z");
    const at = (ms: number) => () => new Date(t0 + ms);
    for (let i = 0; i < 5; i++) await verifyCredentials({ email: user.email, password: "guess", ip: freshIp() }, at(i * 1000));
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: freshIp() }, at(30_000))).toMatchObject({
      code: "too_many_attempts",
    });
    // Just after the first failure leaves the window, one slot is free again...
    const later = at(WINDOW_MS + 1);
    expect(await verifyCredentials({ email: user.email, password: "guess", ip: freshIp() }, later)).toMatchObject({
      code: "invalid_credentials",
    });
    // ...and that failure pruned the expired row, and used the slot up.
    expect(await db().loginAttempt.count({ where: { createdAt: new Date(t0) } })).toBe(0);
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: freshIp() }, later)).toMatchObject({
      code: "too_many_attempts",
    });
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: freshIp() }, at(5 * 60_000))).toMatchObject({
      ok: true,
    });
  });

  it("checks at most 5 passwords when many wrong attempts arrive at once", async () => {
    const user = await createTestUser();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => verifyCredentials({ email: user.email, password: "guess", ip: freshIp() })),
    );
    expect(results.filter((r) => !r.ok && r.code === "invalid_credentials").length).toBeLessThanOrEqual(5);
    expect(verifySpy.mock.calls.length).toBeLessThanOrEqual(5);
    expect(results.every((r) => !r.ok)).toBe(true);
  });
});
