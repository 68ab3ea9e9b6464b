// Runs the real `npm run deps:check` path (npm audit on this repository's lockfile) against a
// local fake advisory service, so the CI gate is shown to fail on a high advisory, pass on a
// clean answer and say "not checked" when the service refuses.
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let mode: "vulnerable" | "dev-only" | "clean" | "refuse" = "clean";
let server: http.Server;
let registry = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (!req.url?.includes("/security/advisories/bulk")) return void res.writeHead(404).end();
      if (mode === "refuse") return void res.writeHead(405, { allow: "GET,HEAD" }).end();
      const advisory = (name: string) => ({
        [name]: [
          {
            id: 1,
            url: "https://advisories.test/GHSA-test",
            title: `Test advisory for ${name}`,
            severity: "high",
            vulnerable_versions: "<999.0.0",
            cwe: [],
            cvss: { score: 7.5, vectorString: null },
          },
        ],
      });
      const advisories = mode === "clean" ? {} : mode === "dev-only" ? advisory("vitest") : advisory("zod");
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(advisories));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function check(): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/check-dependencies.ts"], {
      env: { ...process.env, ACCORD_AUDIT_REGISTRY: registry },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe("deps:check", { timeout: 60_000 }, () => {
  it("fails and names the package when a production dependency has a high advisory", async () => {
    mode = "vulnerable";
    const { code, out } = await check();
    expect(code).toBe(1);
    expect(out).toContain("high     zod: Test advisory for zod");
  });

  it("does not count advisories in development-only packages (vitest)", async () => {
    mode = "dev-only";
    const { code, out } = await check();
    expect(code).toBe(0);
    expect(out).not.toContain("vitest");
  });

  it("passes when the advisory service reports nothing", async () => {
    mode = "clean";
    const { code, out } = await check();
    expect(code).toBe(0);
    expect(out).toContain("no high or critical advisories");
  });

  it("says NOT CHECKED (exit 3) when the service refuses, rather than passing", async () => {
    mode = "refuse";
    const { code, out } = await check();
    expect(code).toBe(3);
    expect(out).toContain("NOT CHECKED");
  });
});
