import { beforeEach, describe, expect, it } from "vitest";
import { isPageRender, pageRenderToken } from "./page-render-token.ts";

const g = globalThis as unknown as { accordPageRenderToken?: string };

describe("page render token", () => {
  beforeEach(() => {
    delete g.accordPageRenderToken;
  });

  it("once the cache has its secret, only the secret marks a render", () => {
    const token = pageRenderToken();
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(pageRenderToken()).toBe(token); // one per process
    expect(isPageRender(token)).toBe(true);
    expect(isPageRender("1")).toBe(false);
    expect(isPageRender("")).toBe(false);
    expect(isPageRender(`${token} `)).toBe(false);
    expect(isPageRender(null)).toBe(false);
  });

  it("before any render the bare header passes (there is no cache to bypass yet)", () => {
    expect(isPageRender("1")).toBe(true);
    expect(isPageRender(null)).toBe(false);
  });

  it("a new process gets a new secret", () => {
    const first = pageRenderToken();
    delete g.accordPageRenderToken;
    expect(pageRenderToken()).not.toBe(first);
  });
});
