"use server";

import { formAction } from "@/server/actions/define-action";
import { verifyEmailWithToken } from "@/server/auth/verify-email";

/** Public by design: the one-time token in the form is the authorization. */
export const verifyEmailAction = formAction({ run: (_actor, input) => verifyEmailWithToken(input) });
