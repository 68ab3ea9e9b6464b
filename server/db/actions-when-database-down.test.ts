import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { publishPoolHealth } from "@/lib/overload/shed-decision";
import { discoverInventory } from "@/server/authorization-matrix/inventory";
import { fingerprint } from "@/server/authorization-matrix/fingerprint";
import { loadExport } from "@/server/authorization-matrix/load-export";
import { resetRequest } from "@/server/authorization-matrix/request-state";
import { createMatrixWorld } from "@/server/authorization-matrix/world";
import { useTestDatabase } from "@/server/testing/test-database";
import { poolMonitor } from "./client.ts";
import { publishMonitor } from "./pool-monitor.ts";
import { DatabaseUnavailableError } from "./unless-database-down.ts";

// Every server action, found in the source as the authorization matrix finds them, is called
// by a signed-in organizer while the pool monitor reports the database down. Each must answer
// at once with the "unavailable" result in the reader's language (forms get back what was
// typed), or, for the plain form posts that answer by redirecting, fail at once; none may
// touch the database. An action added without unlessDatabaseDown() fails here by name.
vi.mock("@/server/auth/current-user", async (original) =>
  (await import("@/server/authorization-matrix/request-state")).mockCurrentUser(await original()),
);
vi.mock("next/headers", async () => (await import("@/server/authorization-matrix/request-state")).nextHeadersMock);
vi.mock("next/navigation", async () => (await import("@/server/authorization-matrix/request-state")).nextNavigationMock);
vi.mock("next/cache", async () => (await import("@/server/authorization-matrix/request-state")).nextCacheMock);
vi.mock("next-intl/server", async () => (await import("@/server/authorization-matrix/request-state")).nextIntlServerMock);

useTestDatabase();

/** Actions that never read or write the database. */
const NO_DATABASE = new Set(["app/actions.ts#setLocale"]);
/** Plain form posts that answer by redirecting: they fail fast instead (failFastWhenDatabaseDown). */
const REDIRECTING = new Set([
  "app/[locale]/events/[slug]/register/actions.ts#registerAction",
  "app/[locale]/events/[slug]/register/actions.ts#cancelRegistrationAction",
  "app/[locale]/events/[slug]/agenda/actions.ts#toggleBookmarkAction",
  "app/me/agenda/actions.ts#resetCalendarLinkAction",
]);

type Answer = { ok: boolean; code?: string; message?: string; attempted?: boolean };
/** The ActionResult inside whatever the action returns (FormState, ImportState or the result itself). */
function resultOf(value: unknown): Answer | undefined {
  if (!value || typeof value !== "object") return undefined;
  if ("result" in value) return (value as { result: Answer }).result;
  if ("ok" in value) return value as Answer;
  return undefined;
}

const actions = discoverInventory().filter((k) => k.kind === "action");

describe("server actions while the database is down", () => {
  let before: Record<string, string>;
  beforeAll(async () => {
    const world = await createMatrixWorld();
    resetRequest(world.actors.owner, { cookies: { NEXT_LOCALE: "ja" } });
    before = await fingerprint();
    publishPoolHealth({
      snapshot: () => ({ down: true, checkedOut: 0, max: 10, idleForMs: 0, oldestWaitMs: 0, sinceAcquireTimeoutMs: Infinity }),
    });
  });
  afterAll(() => publishMonitor(poolMonitor()!));

  it("finds today's 28 actions", () => {
    expect(actions.length).toBeGreaterThanOrEqual(28);
  });

  for (const { key } of actions.filter((a) => !NO_DATABASE.has(a.key))) {
    it(`${key} answers at once without touching the database`, async () => {
      const fn = await loadExport(key);
      const form = new FormData();
      form.set("eventId", "some-event");
      form.set("title.en", "What the organizer typed");
      const started = performance.now();
      const call = async () => (fn.length >= 2 ? fn(null, form) : fn(form));
      if (REDIRECTING.has(key)) {
        await expect(call()).rejects.toThrow(DatabaseUnavailableError);
      } else {
        const value = await call();
        const result = resultOf(value);
        expect(result, `${key} answered ${JSON.stringify(value)}`).toMatchObject({ ok: false, code: "unavailable", attempted: false });
        expect(result?.message).toBe(
          "データベースが応答しないため、保存されませんでした。入力した内容はそのまま残っています。数秒後にもう一度お試しください。",
        );
        if (value && typeof value === "object" && "values" in value) {
          expect((value as { values: Record<string, string> }).values["title.en"]).toBe("What the organizer typed");
        }
      }
      // Far below the pool's 10 s acquire timeout (what waiting on the database would cost),
      // with room for a busy CI machine's first call into the action's modules.
      expect(performance.now() - started).toBeLessThan(3_000);
    });
  }

  it("left every table unchanged", async () => {
    publishMonitor(poolMonitor()!);
    expect(await fingerprint()).toEqual(before);
  });
});
