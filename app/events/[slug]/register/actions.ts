"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { failFastWhenDatabaseDown } from "@/server/db/unless-database-down";
import { cancelRegistration } from "@/server/registrations/cancel-registration";
import { registerForEvent } from "@/server/registrations/register-for-event";

// Plain form posts (they work without JavaScript); the outcome travels back as a short
// code in the URL (?result=…) that the page turns into a localized message.

function registerPath(slug: string, result: string): string {
  return `/events/${encodeURIComponent(slug)}/register?result=${result}`;
}

export async function registerAction(formData: FormData): Promise<void> {
  failFastWhenDatabaseDown();
  const slug = String(formData.get("eventSlug") ?? "");
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/events/${encodeURIComponent(slug)}/register`)}`);
  const result = await registerForEvent(user, { eventSlug: slug, venueId: formData.get("venueId") ?? "" });
  if (result.ok) redirect(registerPath(slug, result.data.created ? result.data.status.toLowerCase() : "already"));
  if (result.code === "not_found") redirect(`/events/${encodeURIComponent(slug)}/register`);
  redirect(registerPath(slug, result.code === "invalid" && result.fieldErrors.venueId ? "choose-venue" : result.message.includes("closed") ? "closed" : "error"));
}

export async function cancelRegistrationAction(formData: FormData): Promise<void> {
  failFastWhenDatabaseDown();
  const slug = String(formData.get("eventSlug") ?? "");
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/events/${encodeURIComponent(slug)}/register`)}`);
  const result = await cancelRegistration(user, { registrationId: formData.get("registrationId") ?? "" });
  redirect(registerPath(slug, result.ok ? "cancelled" : "error"));
}
