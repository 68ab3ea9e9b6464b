import { describe, expect, it } from "vitest";
import { signInUrl } from "./sign-in-url.ts";

describe("signInUrl", () => {
  it("carries only a same-site return path (lib/auth/safe-return-path.ts)", () => {
    expect(signInUrl("/admin/users")).toBe("/sign-in?callbackUrl=%2Fadmin%2Fusers");
    expect(signInUrl("https://evil.example")).toBe("/sign-in");
    expect(signInUrl("/	/evil.example")).toBe("/sign-in");
    expect(signInUrl()).toBe("/sign-in");
  });
});
