import "server-only";
import { safeReturnPath } from "@/lib/auth/safe-return-path";

/** The sign-in page, coming back to `returnTo` when it is a same-site path (lib/auth/safe-return-path.ts). */
export function signInUrl(returnTo?: string): string {
  const target = safeReturnPath(returnTo, "");
  return target ? `/sign-in?callbackUrl=${encodeURIComponent(target)}` : "/sign-in";
}
