import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureAuthSecret } from "./auth-secret.ts";

const root = await mkdtemp(path.join(tmpdir(), "accord-secret-"));
afterAll(() => rm(root, { recursive: true, force: true }));

describe("ensureAuthSecret", () => {
  it("creates an owner-only secret once and reuses it", async () => {
    const first = await ensureAuthSecret(path.join(root, "data"));
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect((await stat(path.join(root, "data", "auth-secret"))).mode & 0o777).toBe(0o600);
    expect(await ensureAuthSecret(path.join(root, "data"))).toBe(first);
  });
});
