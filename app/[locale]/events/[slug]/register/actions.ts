"use server";

import { isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/public-paths";
import { postAction } from "@/server/actions/define-action";
import { cancelRegistration } from "@/server/registrations/cancel-registration";
import { registerForEvent } from "@/server/registrations/register-for-event";
import { REGISTRATION_MESSAGES } from "@/server/registrations/registration-types";
import type { ActionResult } from "@/server/shared/result";

// Plain form posts (they work without JavaScript); the outcome travels back as a short
// code in the URL (?result=…) that the page turns into a localized message.

const slug = (form: FormData) => String(form.get("eventSlug") ?? "");
// Back to the register page in the form's language (/ja/events/…); without one, the
// unprefixed path, which proxy.ts redirects by the reader's cookie / Accept-Language.
function registerPage(form: FormData): string {
  const path = `/events/${encodeURIComponent(slug(form))}/register`;
  const locale = form.get("locale");
  return isLocale(locale) ? localizedPath(locale, path) : path;
}
const withResult = (form: FormData, result: string) => `${registerPage(form)}?result=${result}`;

function registered(result: ActionResult<{ created: boolean; status: string }>, form: FormData): string {
  if (result.ok) return withResult(form, result.data.created ? result.data.status.toLowerCase() : "already");
  if (result.code === "not_found") return registerPage(form);
  if (result.message.code === REGISTRATION_MESSAGES.unverified.code) return withResult(form, "unverified");
  if (result.message.code === REGISTRATION_MESSAGES.invitationOnly.code) return withResult(form, "invitation-only");
  return withResult(
    form,
    result.code === "invalid" && result.fieldErrors.venueId
      ? "choose-venue"
      : result.message.code === "registration.registrationEventHasClosed"
        ? "closed"
        : "error",
  );
}

export const registerAction = postAction({
  signInReturn: registerPage,
  input: (form) => ({ eventSlug: slug(form), venueId: form.get("venueId") ?? "" }),
  run: registerForEvent,
  then: registered,
});

export const cancelRegistrationAction = postAction({
  signInReturn: registerPage,
  input: (form) => ({ registrationId: form.get("registrationId") ?? "" }),
  run: cancelRegistration,
  then: (result, form) => withResult(form, result.ok ? "cancelled" : "error"),
});
