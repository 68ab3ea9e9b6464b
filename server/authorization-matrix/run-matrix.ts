import "server-only";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fingerprint, without } from "./fingerprint.ts";
import { loadExport } from "./load-export.ts";
import { describeOutcome, invoke, isStandardRefusal, isSuccess } from "./outcome.ts";
import { resetRequest } from "./request-state.ts";
import { roleOf } from "@/server/access/policy";
import { expectationsOf, ROLES, type Matrix, type Prepared, type RoleName } from "./types.ts";
import { createMatrixWorld, type MatrixWorld } from "./world.ts";

// Registers one test per matrix entry × scenario × role. Refused callers run first and share
// one set of prepared records (a refusal must leave them untouched, which is checked); the
// first allowed caller uses them too, and every further allowed caller gets fresh ones, so
// an allowed delete or status change cannot spoil the next case. The caller is set in the
// mocked getCurrentUser; the real exported action or handler is called. Who is allowed comes
// from the access policy (expectationsOf), never from a list kept here.
//   allowed → a success (ok result, redirect, 2xx) and the entry's check of the real effect;
//   denied  → a refusal (sign-in redirect, not_found/forbidden/unauthenticated, 401/403/404),
//             every table and the stored files unchanged, no protected text in the body.

/** Denied callers first: they must leave the records exactly as an allowed caller finds them. */
const ORDERED_ROLES = (expectations: Record<RoleName, string>) =>
  [...ROLES].sort((a, b) => (expectations[a] === "deny" ? 0 : 1) - (expectations[b] === "deny" ? 0 : 1));

/** Registers the cases of `matrix` in the calling test file, which has called useTestDatabase(). */
export function describeAuthorizationMatrix(matrix: Matrix): void {
  let world: MatrixWorld;
  let storageDir = "";
  beforeAll(async () => {
    // Uploaded and served files live in a folder of this test file's own.
    storageDir = await mkdtemp(path.join(os.tmpdir(), "accord-authz-"));
    process.env.ACCORD_STORAGE_DIR = storageDir;
    world = await createMatrixWorld();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  it("each caller of the world holds the role it is named after", () => {
    // The steward's role is event-scoped: it holds it where it has a grant (stewardOfEvent).
    for (const role of ROLES)
      expect(roleOf(world.actors[role], { organizationId: world.orgId, stewardOfEvent: role === "steward" }), role).toBe(role);
  });

  for (const [key, entry] of Object.entries(matrix)) {
    describe(key, () => {
      for (const scenario of entry.scenarios) {
        const expectations = expectationsOf(scenario.access);
        let shared: Prepared | undefined;
        let sharedTakenByAllowed = false;
        const prepare = async (role: RoleName): Promise<Prepared> => {
          if (scenario.perRole || sharedTakenByAllowed) return scenario.prepare(world, role);
          shared ??= await scenario.prepare(world, role);
          if (expectations[role] === "allow") sharedTakenByAllowed = true;
          return shared;
        };
        it.each(ORDERED_ROLES(expectations))(`${scenario.name} — %s`, async (role) => {
          const expected = expectations[role];
          const fn = await loadExport(key);
          const prepared = await prepare(role);
          resetRequest(world.actors[role], prepared.request);
          const before = await fingerprint(storageDir);
          const outcome = await invoke(fn, prepared.args, prepared.abort);
          const seen = describeOutcome(outcome);
          if (expected === "deny") {
            const refused = prepared.isDenied ? prepared.isDenied(outcome) : isStandardRefusal(outcome);
            expect(refused, `${role} should be refused, got ${seen}`).toBe(true);
            const after = await fingerprint(storageDir);
            expect(without(after, prepared.deniedMayWrite), `${role}'s refused call changed the database`).toEqual(
              without(before, prepared.deniedMayWrite),
            );
            if (outcome.kind === "response") {
              for (const secret of prepared.secrets ?? [])
                expect(outcome.body, `${role}'s refusal leaks "${secret}"`).not.toContain(secret);
            }
          } else {
            expect(isSuccess(outcome) && !(prepared.isDenied?.(outcome) ?? false), `${role} should be allowed, got ${seen}`).toBe(true);
            if (!prepared.verify) expect.fail(`${key} "${scenario.name}" allows ${role} but has no verify() of the effect`);
            await prepared.verify(outcome);
          }
        });
      }
    });
  }
}
