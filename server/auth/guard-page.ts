import "server-only";
import { notFound, redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { isAuthError } from "./auth-error.ts";

export function signInUrl(returnTo?: string): string {
  const target = safeReturnPath(returnTo, "");
  return target ? `/sign-in?callbackUrl=${encodeURIComponent(target)}` : "/sign-in";
}

/**
 * For pages and layouts: awaits a guard and turns its AuthError into navigation.
 * Anonymous callers go to the sign-in page (and come back to `returnTo`); everything else
 * gets a 404 so pages outside a user's reach do not reveal they exist. (`forbidden()`
 * needs Next's experimental authInterrupts flag, which Accord does not enable.)
 *
 *   const { organizationId } = await guardPage(requireEventAccess(id), `/events/${id}`);
 */
export async function guardPage<T>(check: Promise<T>, returnTo?: string): Promise<T> {
  try {
    return await check;
  } catch (error) {
    if (!isAuthError(error)) throw error;
    if (error.kind === "unauthenticated") redirect(signInUrl(returnTo));
    notFound();
  }
}

/** For route handlers: the HTTP answer for an AuthError; other errors are rethrown. */
export function authErrorResponse(error: unknown): Response {
  if (!isAuthError(error)) throw error;
  const status = error.kind === "unauthenticated" ? 401 : error.kind === "forbidden" ? 403 : 404;
  return Response.json({ error: error.kind }, { status });
}
