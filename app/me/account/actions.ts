"use server";

import { formAction } from "@/server/actions/define-action";
import { appBaseUrl } from "@/server/auth/app-base-url";
import { changePassword } from "@/server/auth/change-password";
import { requestEmailChange } from "@/server/auth/request-email-change";

export const requestEmailChangeAction = formAction({
  run: (actor, input) => requestEmailChange(actor, input, { baseUrl: appBaseUrl() }),
  secret: ["password"],
});

export const changePasswordAction = formAction({
  run: (actor, input) => changePassword(actor, input, { baseUrl: appBaseUrl() }),
  secret: ["currentPassword", "password", "confirm"],
});
