"use server";

import { postAction } from "@/server/actions/define-action";
import { toggleBookmark } from "@/server/registrations/toggle-bookmark";

/** Only same-site paths under /events/, /<locale>/events/ or /me/ may be returned to (no open redirect). */
function safeReturn(form: FormData): string {
  const value = form.get("returnTo");
  const path = typeof value === "string" ? value : "";
  return /^\/(?:(?:en|zh|ja)\/)?(events|me)\/[^\s\\]*$/.test(path) && !path.startsWith("//") ? path : "/me/agenda";
}

/** Bookmark form on the agenda and session pages; works without JavaScript (POST, then back). */
export const toggleBookmarkAction = postAction({
  signInReturn: safeReturn,
  input: (form) => ({ sessionId: form.get("sessionId"), bookmarked: form.get("bookmarked") ?? undefined }),
  run: toggleBookmark,
  then: (_result, form) => safeReturn(form),
});
