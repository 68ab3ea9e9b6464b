import { z } from "zod";
import "@/lib/validation/zod-messages";
import { EMAIL_MAX_LENGTH, normalizeEmail, PASSWORD_MAX_LENGTH } from "./sign-in-schema.ts";

// The "forgot password" form and the "choose a password" form (reset and first password).

export const PASSWORD_MIN_LENGTH = 10;

export const requestResetSchema = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .min(1, { error: "Enter your email address" })
    .max(EMAIL_MAX_LENGTH, { error: "Enter a valid email address" })
    .pipe(z.email({ error: "Enter a valid email address" }))
    .transform(normalizeEmail),
});

export const setPasswordSchema = z
  .object({
    token: z.string({ error: "This link is not valid." }).min(20, { error: "This link is not valid." }).max(200, { error: "This link is not valid." }),
    password: z
      .string({ error: "Enter a password" })
      .min(PASSWORD_MIN_LENGTH, { error: `Use at least ${PASSWORD_MIN_LENGTH} characters` })
      .max(PASSWORD_MAX_LENGTH, { error: `Password must be at most ${PASSWORD_MAX_LENGTH} characters` }),
    confirm: z.string({ error: "Enter the password again" }),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], error: "The two passwords do not match" });
