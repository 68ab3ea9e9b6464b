import ts from "typescript";
import { describe, expect, it } from "vitest";
import { discoverInventory, inlineServerActions, isUseServerModule, runtimeExports } from "./inventory.ts";
import { AREA_ENTRY_COUNT, MATRIX } from "./matrix.ts";
import { POLICY } from "@/server/access/policy";
import { expectationsOf, ROLES } from "./types.ts";

// The matrix must cover exactly the app's entry points. Adding a server action or a route
// handler method without a matrix entry fails here, naming the key.

const inventory = discoverInventory();
const source = (text: string) => ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, false);

describe("inventory of server actions and route handlers", () => {
  it("finds at least today's 28 actions and 11 route methods (a broken scan cannot pass)", () => {
    expect(inventory.filter((k) => k.kind === "action").length).toBeGreaterThanOrEqual(28);
    expect(inventory.filter((k) => k.kind === "route").length).toBeGreaterThanOrEqual(11);
    expect(inventory.map((k) => k.key)).toContain("app/organizer/events/[eventId]/sessions/actions.ts#updateSessionAction");
    expect(inventory.map((k) => k.key)).toContain("app/api/media/[file]/route.ts#GET");
  });

  it("has no inline server actions, which the matrix cannot call (move them to an actions.ts)", () => {
    expect(inventory.filter((k) => k.kind === "inline-action").map((k) => k.key)).toEqual([]);
  });

  it("has a matrix entry for every key, and no entry for a key that is gone", () => {
    const keys = new Set(inventory.map((k) => k.key));
    const missing = [...keys].filter((k) => !(k in MATRIX));
    const stale = Object.keys(MATRIX).filter((k) => !keys.has(k));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
    expect(AREA_ENTRY_COUNT, "a key is listed in two areas of matrix.ts").toBe(Object.keys(MATRIX).length);
  });

  it("names a policy action (or why no caller may) for every scenario, and exercises every action", () => {
    const exercised = new Set<string>();
    for (const [key, entry] of Object.entries(MATRIX)) {
      expect(entry.scenarios.length, key).toBeGreaterThan(0);
      for (const s of entry.scenarios) {
        if ("action" in s.access) {
          expect(Object.keys(POLICY), `${key}: ${s.name}`).toContain(s.access.action);
          exercised.add(s.access.action);
        } else {
          expect(s.access.nobody.length, `${key}: ${s.name}`).toBeGreaterThan(10);
        }
        expect(Object.keys(expectationsOf(s.access)).sort(), `${key}: ${s.name}`).toEqual([...ROLES].sort());
      }
    }
    // workspace.enter guards pages only (no action or route), so the matrix cannot reach it.
    expect([...exercised].sort()).toEqual(
      Object.keys(POLICY)
        .filter((a) => a !== "workspace.enter")
        .sort(),
    );
  });
});

describe("the scanner", () => {
  it("lists runtime exports, including re-exported aliases, and skips types", () => {
    const file = source(`
      const handler = () => 1;
      export { handler as GET, handler as POST };
      export type State = { a: 1 };
      export interface Shape { b: 2 }
      export const dynamic = "force-dynamic";
      export async function PUT() {}
      export { type State as Other };`);
    expect(runtimeExports(file)).toEqual(["GET", "POST", "dynamic", "PUT"]);
  });

  it("recognizes the module directive only as the first statement, and inline server actions anywhere", () => {
    expect(isUseServerModule(source(`"use server";\nexport async function a() {}`))).toBe(true);
    expect(isUseServerModule(source(`import x from "y";\n"use server";`))).toBe(false);
    expect(isUseServerModule(source(`// "use server"\nexport const a = 1;`))).toBe(false);
    const page = source(
      `export default function Page() {\n  async function save(form: FormData) {\n    "use server";\n  }\n  return null;\n}`,
    );
    expect(inlineServerActions(page)).toEqual(["inline:save@2"]);
  });
});
