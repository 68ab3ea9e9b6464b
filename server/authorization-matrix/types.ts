import "server-only";
import type { MatrixWorld } from "./world.ts";

// The shape of the authorization matrix: one entry per server action or route handler
// export (inventory key), each with one or more scenarios, each scenario with the expected
// answer for every kind of caller.

/** The five callers the issue names, plus a plain (non-OWNER) member of the owning organization. */
export const ROLES = ["admin", "ownerOrganizer", "otherOrganizer", "delegate", "anonymous", "plainMember"] as const;
export type RoleName = (typeof ROLES)[number];
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

export type Scenario = {
  name: string;
  expect: Record<RoleName, Expect>;
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

/** Shorthand for an expectation row: the roles listed are allowed, the rest denied. */
export function allowOnly(...allowed: RoleName[]): Record<RoleName, Expect> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? "allow" : "deny"])) as Record<RoleName, Expect>;
}

export const EVERYONE: RoleName[] = [...ROLES];
export const SIGNED_IN: RoleName[] = ROLES.filter((r) => r !== "anonymous");
/** Who manages the owning organization's records in the organizer workspace. */
export const MANAGERS: RoleName[] = ["admin", "ownerOrganizer", "plainMember"];
/** Who records agreements and outcomes: admins and the organization's OWNER members only. */
export const RECORDERS: RoleName[] = ["admin", "ownerOrganizer"];
