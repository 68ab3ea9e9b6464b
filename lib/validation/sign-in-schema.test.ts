import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  PASSWORD_MAX_LENGTH,
  SIGN_IN_ERROR,
  SIGN_IN_MESSAGES,
  signInErrorMessageKey,
  signInFieldErrors,
  signInSchema,
} from "./sign-in-schema.ts";
import { english } from "@/lib/i18n/server-messages/translate-message";

describe("signInSchema", () => {
  it("normalizes the email and keeps the password as typed", () => {
    expect(signInSchema.parse({ email: " Ada@Example.ORG ", password: " pw " })).toEqual({ email: "ada@example.org", password: " pw " });
  });

  it("gives one message key per field", () => {
    const fail = (input: unknown) => {
      const r = signInSchema.safeParse(input);
      return r.success ? {} : signInFieldErrors(r.error);
    };
    expect(fail({})).toEqual({ email: "emailRequired", password: "passwordRequired" });
    expect(fail({ email: "x@", password: "p" })).toEqual({ email: "emailInvalid" });
    expect(fail({ email: `${"a".repeat(250)}@example.org`, password: "p" })).toEqual({ email: "emailInvalid" });
    expect(fail({ email: "a@b.co", password: "x".repeat(PASSWORD_MAX_LENGTH) })).toEqual({});
    expect(fail({ email: "a@b.co", password: "x".repeat(PASSWORD_MAX_LENGTH + 1) })).toEqual({ password: "passwordTooLong" });
  });

  it("maps next-auth's error strings to messages", () => {
    expect(signInErrorMessageKey(SIGN_IN_ERROR.invalidCredentials)).toBe("invalidCredentials");
    expect(signInErrorMessageKey(SIGN_IN_ERROR.tooManyAttempts)).toBe("tooManyAttempts");
    expect(signInErrorMessageKey("Configuration")).toBe("unexpected");
    expect(signInErrorMessageKey(undefined)).toBe("unexpected");
  });

  it("the English UI messages say what the server reports", () => {
    const file = path.join(import.meta.dirname, "../i18n/messages/auth/en.json");
    const errors = JSON.parse(readFileSync(file, "utf8")).errors as Record<string, string>;
    const rendered = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.replace("{max}", String(PASSWORD_MAX_LENGTH))]));
    expect(rendered).toEqual(Object.fromEntries(Object.entries(SIGN_IN_MESSAGES).map(([k, m]) => [k, english(m)])));
  });
});
