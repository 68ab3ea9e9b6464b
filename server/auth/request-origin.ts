import "server-only";
import { env } from "../env.ts";

// Where a request that can change something came from. Next refuses a server action whose
// Origin names another host, but lets one with no Origin through (its docs: "allowed
// through with a warning"), compares host only (not scheme), and trusts X-Forwarded-Host.
// Here every server action and every request with a body must carry the Origin of this
// app: the public URL (NEXTAUTH_URL), one listed in ACCORD_ALLOWED_ORIGINS, or, for any
// other host, plain http on the Host it was sent to (e.g. 127.0.0.1 vs localhost in
// development). A browser cannot forge Origin or Host, so a page on another site cannot
// act with a reader's cookie; a request that fails is handled as anonymous.

type HeaderBag = { get(name: string): string | null };

export type OriginPolicy = {
  /** Origin of NEXTAUTH_URL, the app's public address; decides the scheme for its host. */
  appOrigin: string | null;
  /** ACCORD_ALLOWED_ORIGINS: further origins (e.g. a second domain in front of the app). */
  allowedOrigins: readonly string[];
};

/** The value as a serialized http(s) origin ("https://accord.example:8443"), else null. */
export function asOrigin(value: string | null | undefined): string | null {
  if (!value || !URL.canParse(value)) return null;
  const url = new URL(value);
  return (url.protocol === "http:" || url.protocol === "https:") && url.origin === value ? value : null;
}

/** A server action (Next's `next-action` header) or any request that carries a body. */
export function needsOriginCheck(headers: HeaderBag): boolean {
  return headers.get("next-action") !== null || Boolean(headers.get("content-type")?.trim());
}

/** Whether the Origin header names this app (see the rules at the top of this file). */
export function isAllowedOrigin(headers: HeaderBag, policy: OriginPolicy): boolean {
  const origin = asOrigin(headers.get("origin"));
  if (!origin) return false; // missing, "null", malformed, or not in origin form
  if (origin === policy.appOrigin || policy.allowedOrigins.includes(origin)) return true;
  const host = headers.get("host");
  if (!host || !URL.canParse(`http://${host}`)) return false;
  const own = new URL(`http://${host}`);
  // The public URL is the only origin of its own host: http://accord.example is not
  // https://accord.example.
  if (policy.appOrigin && new URL(policy.appOrigin).host === own.host) return false;
  return origin === own.origin;
}

/** The policy from the environment (validated in env.ts). */
export function originPolicy(): OriginPolicy {
  const { NEXTAUTH_URL, ACCORD_ALLOWED_ORIGINS } = env();
  return { appOrigin: NEXTAUTH_URL ? new URL(NEXTAUTH_URL).origin : null, allowedOrigins: ACCORD_ALLOWED_ORIGINS };
}

const forLog = (value: string | null) => JSON.stringify((value ?? "(none)").slice(0, 100));

/**
 * True when the request may use the caller's session: it cannot change anything, or its
 * Origin is this app's. A refusal is logged once per request so an operator who forgot
 * NEXTAUTH_URL behind a proxy sees why every form fails.
 */
export function sessionUsable(headers: HeaderBag, policy: OriginPolicy = originPolicy()): boolean {
  if (!needsOriginCheck(headers) || isAllowedOrigin(headers, policy)) return true;
  const kind = headers.get("next-action") !== null ? "server action" : "request with a body";
  console.warn(
    `accord: ${kind} from Origin ${forLog(headers.get("origin"))} (Host ${forLog(headers.get("host"))}) handled as anonymous; ` +
      `allowed: ${forLog(policy.appOrigin)} (NEXTAUTH_URL) and ACCORD_ALLOWED_ORIGINS`,
  );
  return false;
}
