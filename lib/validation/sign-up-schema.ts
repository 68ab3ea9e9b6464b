import { z } from "zod";
import "@/lib/validation/zod-messages";
import { LOCALES } from "@/lib/i18n/locales";
import { PASSWORD_MIN_LENGTH } from "./password-reset-schema.ts";
import { EMAIL_MAX_LENGTH, normalizeEmail, PASSWORD_MAX_LENGTH } from "./sign-in-schema.ts";

// The sign-up form (/sign-up) and the change-of-address form (/me/account).

const emailField = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, { error: "Enter your email address" })
  .max(EMAIL_MAX_LENGTH, { error: "Enter a valid email address" })
  .pipe(z.email({ error: "Enter a valid email address" }))
  .transform(normalizeEmail);

const newPassword = z
  .string({ error: "Enter a password" })
  .min(PASSWORD_MIN_LENGTH, { error: `Use at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(PASSWORD_MAX_LENGTH, { error: `Password must be at most ${PASSWORD_MAX_LENGTH} characters` });

export const signUpSchema = z.object({
  name: z.string({ error: "Enter your name" }).trim().min(1, { error: "Enter your name" }).max(120, { error: "Must be at most 120 characters" }),
  email: emailField,
  password: newPassword,
  locale: z.enum(LOCALES, { error: "Choose one of the listed options" }),
});

export const verifyEmailSchema = z.object({
  token: z.string({ error: "This link is not valid." }).min(20, { error: "This link is not valid." }).max(200, { error: "This link is not valid." }),
});

export const changeEmailSchema = z.object({
  email: emailField,
  password: z.string({ error: "Enter your password" }).min(1, { error: "Enter your password" }).max(PASSWORD_MAX_LENGTH, { error: "Enter your password" }),
});
