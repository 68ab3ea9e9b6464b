import { z } from "zod";
import "@/lib/validation/zod-messages";
import { EMAIL_MAX_LENGTH, normalizeEmail, PASSWORD_MAX_LENGTH } from "./sign-in-schema.ts";
import { code } from "@/lib/i18n/server-messages/message";

// The "forgot password" form, the "choose a password" form (reset and first password) and
// the signed-in "change your password" form.

export const PASSWORD_MIN_LENGTH = 10;

export const requestResetSchema = z.object({
  email: z
    .string({ error: code("signIn.enterEmailAddress") })
    .trim()
    .min(1, { error: code("signIn.enterEmailAddress") })
    .max(EMAIL_MAX_LENGTH, { error: code("signIn.enterValidEmailAddress") })
    .pipe(z.email({ error: code("signIn.enterValidEmailAddress") }))
    .transform(normalizeEmail),
});

export const setPasswordSchema = z
  .object({
    token: z
      .string({ error: code("passwordLink.linkNotValid") })
      .min(20, { error: code("passwordLink.linkNotValid") })
      .max(200, { error: code("passwordLink.linkNotValid") }),
    password: z
      .string({ error: code("passwordLink.enterPassword") })
      .min(PASSWORD_MIN_LENGTH, { error: code("passwordLink.useAtLeastCharacters") })
      .max(PASSWORD_MAX_LENGTH, { error: code("signIn.passwordMustAtMostCharacters") }),
    confirm: z.string({ error: code("passwordLink.enterPasswordAgain") }),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], error: code("passwordLink.twoPasswordsDoNotMatch") });

/** A signed-in user's new password: the current one, the new one twice, and not the same again. */
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: code("signIn.enterPassword") })
      .min(1, { error: code("signIn.enterPassword") })
      .max(PASSWORD_MAX_LENGTH, { error: code("signIn.enterPassword") }),
    password: z
      .string({ error: code("passwordLink.enterPassword") })
      .min(PASSWORD_MIN_LENGTH, { error: code("passwordLink.useAtLeastCharacters") })
      .max(PASSWORD_MAX_LENGTH, { error: code("signIn.passwordMustAtMostCharacters") }),
    confirm: z.string({ error: code("passwordLink.enterPasswordAgain") }),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], error: code("passwordLink.twoPasswordsDoNotMatch") })
  .refine((v) => v.password !== v.currentPassword, { path: ["password"], error: code("account.samePassword") });
