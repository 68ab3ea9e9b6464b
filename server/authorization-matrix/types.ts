import "server-only";
import { ACCESS_ROLES, roleCan, type AccessAction, type AccessRole } from "@/server/access/policy";
import type { MatrixWorld } from "./world.ts";

// The shape of the authorization matrix: one entry per server action or route handler
// export (inventory key), each with one or more scenarios, each scenario with the expected
// answer for every kind of caller, derived from the access policy (server/access/policy.ts).

/** The callers: one of each role of the policy, relative to the owning organization (world.ts). */
export const ROLES = ACCESS_ROLES;
export type RoleName = AccessRole;
export type Expect = "allow" | "deny";

/** What a call came back with, normalized across actions (results, redirects) and routes (Responses). */
export type Outcome =
  | { kind: "redirect"; url: string }
  | { kind: "result"; ok: boolean; code?: string; value: unknown }
  | { kind: "response"; status: number; headers: Headers; body: string };

/** One prepared call: fresh records for this case and the arguments for the real export. */
export type Prepared = {
  args: unknown[];
  /** Checks, after an allowed call, that it really changed or returned what it should (required when any caller is allowed). */
  verify?: (outcome: Outcome) => Promise<void> | void;
  /** Texts of the protected record that a denied route response must not contain. */
  secrets?: string[];
  /** When the standard refusal signals (sign-in redirect, not_found/forbidden/unauthenticated, 401/403/404) do not fit. */
  isDenied?: (outcome: Outcome) => boolean;
  /** Tables a refusal may write by design (sign-in throttling counts wrong passwords). */
  deniedMayWrite?: string[];
  /** Hangs up an endless response (the tally stream) once its first events are read. */
  abort?: () => void;
  /** Headers and cookies of the request as next/headers should see them. */
  request?: { headers?: Record<string, string>; cookies?: Record<string, string> };
};

/**
 * What a scenario exercises, from which its expectations follow:
 *   { action }           a policy action on a record of the owning organization: allowed for
 *                        exactly the roles the policy gives the action;
 *   { action, ownedBy }  the same on a record that belongs to one caller (their registration);
 *   { nobody }           a record outside every action (a draft event on a public route, a
 *                        wrong password), with the reason.
 */
export type Access = { action: AccessAction; ownedBy?: RoleName } | { nobody: string };

export type Scenario = {
  name: string;
  access: Access;
  prepare: (world: MatrixWorld, role: RoleName) => Promise<Prepared>;
  /** The prepared records depend on the caller (their own registration, their e-mail): prepare per case. */
  perRole?: boolean;
};

export type MatrixEntry = {
  /** Why this entry answers as it does, when that is not obvious from the code. */
  note?: string;
  scenarios: Scenario[];
};

export type Matrix = Record<string, MatrixEntry>;

/** The expected answer for every caller, from the policy. */
export function expectationsOf(access: Access): Record<RoleName, Expect> {
  const allowed = (role: RoleName) => "action" in access && roleCan(role, access.action) && (!access.ownedBy || access.ownedBy === role);
  return Object.fromEntries(ROLES.map((r) => [r, allowed(r) ? "allow" : "deny"])) as Record<RoleName, Expect>;
}
