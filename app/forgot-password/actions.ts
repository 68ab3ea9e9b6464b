"use server";

import { headers } from "next/headers";
import { appBaseUrl } from "@/server/auth/app-base-url";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { requestPasswordReset } from "@/server/auth/request-password-reset";
import { unlessDatabaseDown } from "@/server/db/unless-database-down";
import { localizedForReader } from "@/server/i18n/localize-result";
import type { LocalizedResult } from "@/server/shared/result";

/** Public by design: anyone may ask for a reset link; the answer never says whether the address has an account. */
export async function requestPasswordResetAction(
  _previous: unknown,
  formData: FormData,
): Promise<LocalizedResult<{ sent: true; email: string }>> {
  const ip = clientIpFromHeaders(new Headers(await headers()));
  const result = await unlessDatabaseDown(() => requestPasswordReset({ email: formData.get("email") }, { ip, baseUrl: appBaseUrl() }));
  return localizedForReader(result);
}
