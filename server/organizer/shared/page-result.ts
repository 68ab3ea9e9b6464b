import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/server/auth/current-user";
import { signInUrl } from "@/server/auth/sign-in-url";
import type { ActionResult } from "@/server/shared/result";

/** For organizer pages: the signed-in user, or off to the sign-in page (coming back to `returnTo`). */
export async function pageActor(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInUrl(returnTo));
  return user;
}

/** A read's data, or the navigation its refusal calls for: sign-in when anonymous, 404 otherwise. */
export function pageData<T>(result: ActionResult<T>, returnTo: string): T {
  if (result.ok) return result.data;
  if (result.code === "unauthenticated") redirect(signInUrl(returnTo));
  notFound();
}
