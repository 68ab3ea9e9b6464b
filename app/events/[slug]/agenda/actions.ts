"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { failFastWhenDatabaseDown } from "@/server/db/unless-database-down";
import { toggleBookmark } from "@/server/registrations/toggle-bookmark";

/** Only same-site paths under /events/ or /me/ may be returned to (no open redirect). */
function safeReturn(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return /^\/(events|me)\/[^\s\\]*$/.test(path) && !path.startsWith("//") ? path : "/me/agenda";
}

/** Bookmark form on the agenda and session pages; works without JavaScript (POST, then back). */
export async function toggleBookmarkAction(formData: FormData): Promise<void> {
  failFastWhenDatabaseDown();
  const returnTo = safeReturn(formData.get("returnTo"));
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  await toggleBookmark(user, { sessionId: formData.get("sessionId"), bookmarked: formData.get("bookmarked") ?? undefined });
  redirect(returnTo);
}
