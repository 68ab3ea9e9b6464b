import { describe, expect, it } from "vitest";
import { AuthError } from "./auth-error.ts";
import { authErrorResponse, guardPage, signInUrl } from "./guard-page.ts";

const digestOf = async (p: Promise<unknown>) => ((await p.catch((e: unknown) => e)) as { digest?: string }).digest ?? "";

describe("signInUrl", () => {
  it("carries only a same-site return path (lib/auth/safe-return-path.ts)", () => {
    expect(signInUrl("/admin/users")).toBe("/sign-in?callbackUrl=%2Fadmin%2Fusers");
    expect(signInUrl("https://evil.example")).toBe("/sign-in");
    expect(signInUrl("/	/evil.example")).toBe("/sign-in");
  });
});

describe("guardPage", () => {
  it("passes the guard's value through", async () => {
    expect(await guardPage(Promise.resolve(42))).toBe(42);
  });

  it("sends anonymous callers to sign-in and hides the rest behind a 404", async () => {
    const redirect = await digestOf(guardPage(Promise.reject(new AuthError("unauthenticated")), "/events/e1"));
    expect(redirect).toContain("NEXT_REDIRECT");
    expect(redirect).toContain("/sign-in?callbackUrl=%2Fevents%2Fe1");
    expect(await digestOf(guardPage(Promise.reject(new AuthError("not_found"))))).toContain("404");
    expect(await digestOf(guardPage(Promise.reject(new AuthError("forbidden"))))).toContain("404");
    await expect(guardPage(Promise.reject(new Error("db down")))).rejects.toThrow("db down");
  });
});

describe("authErrorResponse", () => {
  it("maps kinds to HTTP statuses", async () => {
    expect(authErrorResponse(new AuthError("unauthenticated")).status).toBe(401);
    expect(authErrorResponse(new AuthError("forbidden")).status).toBe(403);
    const notFound = authErrorResponse(new AuthError("not_found"));
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ error: "not_found" });
    expect(() => authErrorResponse(new Error("x"))).toThrow("x");
  });
});
