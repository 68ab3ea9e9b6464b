import { z } from "zod";
import "@/lib/validation/zod-messages";
import { code } from "@/lib/i18n/server-messages/message";
import { LOCALES } from "@/lib/i18n/locales";
import { PASSWORD_MIN_LENGTH } from "./password-reset-schema.ts";
import { EMAIL_MAX_LENGTH, normalizeEmail, PASSWORD_MAX_LENGTH } from "./sign-in-schema.ts";

// The sign-up form (/sign-up) and the change-of-address form (/me/account).

const emailField = z
  .string({ error: code("signIn.enterEmailAddress") })
  .trim()
  .min(1, { error: code("signIn.enterEmailAddress") })
  .max(EMAIL_MAX_LENGTH, { error: code("signIn.enterValidEmailAddress") })
  .pipe(z.email({ error: code("signIn.enterValidEmailAddress") }))
  .transform(normalizeEmail);

const newPassword = z
  .string({ error: code("passwordLink.enterPassword") })
  .min(PASSWORD_MIN_LENGTH, { error: code("passwordLink.useAtLeastCharacters") })
  .max(PASSWORD_MAX_LENGTH, { error: code("signIn.passwordMustAtMostCharacters") });

export const signUpSchema = z.object({
  name: z
    .string({ error: code("account.enterName") })
    .trim()
    .min(1, { error: code("account.enterName") })
    .max(120, { error: code("validation.mustAtMostCharacters") }),
  email: emailField,
  password: newPassword,
  locale: z.enum(LOCALES, { error: code("validation.chooseListedOptions") }),
});

export const verifyEmailSchema = z.object({
  token: z
    .string({ error: code("passwordLink.linkNotValid") })
    .min(20, { error: code("passwordLink.linkNotValid") })
    .max(200, { error: code("passwordLink.linkNotValid") }),
});

export const changeEmailSchema = z.object({
  email: emailField,
  password: z
    .string({ error: code("signIn.enterPassword") })
    .min(1, { error: code("signIn.enterPassword") })
    .max(PASSWORD_MAX_LENGTH, { error: code("signIn.enterPassword") }),
});
