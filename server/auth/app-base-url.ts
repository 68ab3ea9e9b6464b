import "server-only";
import { env } from "../env.ts";

/** Where links in mail point: the app's public URL (NEXTAUTH_URL), else localhost on PORT. */
export function appBaseUrl(): string {
  const e = env();
  return e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`;
}
