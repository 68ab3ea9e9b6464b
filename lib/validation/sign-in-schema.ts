import { z } from "zod";
import "@/lib/validation/zod-messages";
import { msg } from "@/lib/i18n/server-messages/message";

// One schema for the sign-in form (client-side hints) and verifyCredentials (the real check).
// Issue messages are keys into the "auth.errors" messages so each locale can word them;
// SIGN_IN_MESSAGES holds the message codes the server reports (translated where shown).

/** Longer passwords are refused before hashing so a 10 kB "password" cannot burn CPU. */
export const PASSWORD_MAX_LENGTH = 256;
export const EMAIL_MAX_LENGTH = 254;

export const SIGN_IN_MESSAGES = {
  emailRequired: msg("signIn.enterEmailAddress"),
  emailInvalid: msg("signIn.enterValidEmailAddress"),
  passwordRequired: msg("signIn.enterPassword"),
  passwordTooLong: msg("signIn.passwordMustAtMostCharacters", { max: PASSWORD_MAX_LENGTH }),
  invalidCredentials: msg("signIn.emailPasswordIncorrect"),
  tooManyAttempts: msg("signIn.tooManyAttemptsTryAgain"),
  unexpected: msg("passwordLink.signInFailed"),
} as const;

export type SignInMessageKey = keyof typeof SIGN_IN_MESSAGES;

/** Emails are case-insensitive: every lookup and throttle key uses this form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const signInSchema = z.object({
  email: z
    .string({ error: "emailRequired" })
    .trim()
    .min(1, { error: "emailRequired" })
    .max(EMAIL_MAX_LENGTH, { error: "emailInvalid" })
    .pipe(z.email({ error: "emailInvalid" }))
    .transform(normalizeEmail),
  password: z
    .string({ error: "passwordRequired" })
    .min(1, { error: "passwordRequired" })
    .max(PASSWORD_MAX_LENGTH, { error: "passwordTooLong" }),
});

export type SignInInput = z.infer<typeof signInSchema>;
export type SignInFieldErrors = Partial<Record<keyof SignInInput, SignInMessageKey>>;

/** The first problem per field, as a message key. */
export function signInFieldErrors(error: z.ZodError): SignInFieldErrors {
  const out: SignInFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === "email" || field === "password") && !out[field]) {
      out[field] = issue.message in SIGN_IN_MESSAGES ? (issue.message as SignInMessageKey) : "unexpected";
    }
  }
  return out;
}

// The `error` string next-auth's signIn() resolves with. A failed password is next-auth's
// own "CredentialsSignin" (authorize returned null); other failures are thrown codes.
export const SIGN_IN_ERROR = {
  invalidCredentials: "CredentialsSignin",
  tooManyAttempts: "too_many_attempts",
  invalidInput: "invalid_input",
} as const;

/** Which message the form shows for signIn()'s `error`. */
export function signInErrorMessageKey(error: string | null | undefined): SignInMessageKey {
  if (error === SIGN_IN_ERROR.invalidCredentials) return "invalidCredentials";
  if (error === SIGN_IN_ERROR.tooManyAttempts) return "tooManyAttempts";
  return "unexpected";
}
