"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { failFastWhenDatabaseDown } from "@/server/db/unless-database-down";
import { resetCalendarLink } from "@/server/registrations/reset-calendar-link";

// A plain form post (works without JavaScript); the outcome comes back as ?result=… and the
// page shows it in the reader's language.
export async function resetCalendarLinkAction(formData: FormData): Promise<void> {
  failFastWhenDatabaseDown();
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/me/agenda")}`);
  const result = await resetCalendarLink(user, { registrationId: formData.get("registrationId") ?? "" });
  redirect(`/me/agenda?result=${result.ok ? "calendar-reset" : "error"}`);
}
