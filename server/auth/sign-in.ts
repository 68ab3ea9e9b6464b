import "server-only";
import type { Role } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { SIGN_IN_MESSAGES, signInFieldErrors, signInSchema, type SignInFieldErrors } from "@/lib/validation/sign-in-schema";
import { releaseAttempt, reserveAttempt, throttleKeys } from "./throttle.ts";
import type { Message } from "@/lib/i18n/server-messages/message";

export type SignedInUser = { id: string; email: string; name: string; role: Role };

export type SignInFailureCode = "invalid_input" | "invalid_credentials" | "too_many_attempts";
export type SignInFailure = {
  ok: false;
  code: SignInFailureCode;
  /** The message code (tests read it); the UI translates `code` itself. */
  message: Message;
  fieldErrors?: SignInFieldErrors;
};
export type SignInResult = { ok: true; user: SignedInUser } | SignInFailure;

export type VerifyCredentialsInput = { email: unknown; password: unknown; ip: string | null };

export type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Unknown emails are checked against this hash so they cost as much as a wrong password
// and the response time does not tell which emails have accounts.
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("accord-dummy-password-never-valid");
  return dummyHash;
}

function fail(code: SignInFailureCode, fieldErrors?: SignInFieldErrors): SignInFailure {
  const key = code === "invalid_input" ? "unexpected" : code === "too_many_attempts" ? "tooManyAttempts" : "invalidCredentials";
  const first = fieldErrors && (fieldErrors.email ?? fieldErrors.password);
  return { ok: false, code, message: SIGN_IN_MESSAGES[first ?? key], ...(fieldErrors ? { fieldErrors } : {}) };
}

/**
 * Checks an email and password as the sign-in form submits them. Bad input is refused
 * before any hashing or throttling; throttling (throttle.ts) refuses a network over its
 * limits and slows down an account under attack; unknown, wrong and deactivated all answer
 * the same.
 */
export async function verifyCredentials(input: VerifyCredentialsInput, sleep: Sleep = realSleep): Promise<SignInResult> {
  const parsed = signInSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return fail("invalid_input", signInFieldErrors(parsed.error));
  const { email, password } = parsed.data;

  const reservation = await reserveAttempt(throttleKeys(email, input.ip));
  if (reservation.throttled) return fail("too_many_attempts");
  if (reservation.delayMs > 0) await sleep(reservation.delayMs);

  // Awaited on every path so even a process's first request costs the same either way.
  const dummy = await getDummyHash();
  // Case-insensitive even if some writer stored an address with capitals.
  const user = await db().user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? dummy, password);

  if (!user || !passwordOk || !user.active) return fail("invalid_credentials");
  await releaseAttempt(reservation);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
