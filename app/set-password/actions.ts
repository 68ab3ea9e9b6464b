"use server";

import { setPasswordWithToken } from "@/server/auth/set-password-with-token";
import { unlessDatabaseDown } from "@/server/db/unless-database-down";
import { localizedForReader } from "@/server/i18n/localize-result";
import type { LocalizedResult } from "@/server/shared/result";

/** Public by design: the one-time token in the form is the authorization; a used, expired or unknown one changes nothing. */
export async function setPasswordAction(_previous: unknown, formData: FormData): Promise<LocalizedResult<{ email: string }>> {
  const input = { token: formData.get("token"), password: formData.get("password"), confirm: formData.get("confirm") };
  return localizedForReader(await unlessDatabaseDown(() => setPasswordWithToken(input)));
}
