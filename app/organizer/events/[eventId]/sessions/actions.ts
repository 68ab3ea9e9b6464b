"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { unlessDatabaseDown } from "@/server/db/unless-database-down";
import { formToInput, formValues } from "@/server/organizer/shared/form-input";
import { formState, type FormState } from "@/server/organizer/shared/form-state";
import { createSession } from "@/server/organizer/sessions/create-session";
import { deleteSession } from "@/server/organizer/sessions/delete-session";
import { updateSession } from "@/server/organizer/sessions/update-session";

// After a save the organizer lands on the timetable, where the session shows in every venue it reaches.
function done(eventId: unknown): never {
  const id = typeof eventId === "string" ? encodeURIComponent(eventId) : "";
  revalidatePath("/organizer/events/[eventId]", "layout");
  redirect(id ? `/organizer/events/${id}/timetable` : "/organizer");
}

export async function createSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => createSession(await getCurrentUser(), formToInput(values)));
  if (result.ok) done(values.eventId);
  return formState(result, values);
}

export async function updateSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => updateSession(await getCurrentUser(), formToInput(values)));
  if (result.ok) done(values.eventId);
  return formState(result, values);
}

export async function deleteSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => deleteSession(await getCurrentUser(), formToInput(values)));
  if (result.ok) done(values.eventId);
  return formState(result, values);
}
