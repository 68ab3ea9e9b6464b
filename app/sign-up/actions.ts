"use server";

import { headers } from "next/headers";
import { formAction } from "@/server/actions/define-action";
import { appBaseUrl } from "@/server/auth/app-base-url";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { signUp } from "@/server/auth/sign-up";

/** Public by design: anyone may sign up; the answer never says whether the address already has an account. */
export const signUpAction = formAction({
  run: async (_actor, input) => signUp(input, { ip: clientIpFromHeaders(new Headers(await headers())), baseUrl: appBaseUrl() }),
  secret: ["password"],
});
