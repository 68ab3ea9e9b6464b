"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { unlessDatabaseDown } from "@/server/db/unless-database-down";
import { changeEventStatus } from "@/server/organizer/events/change-event-status";
import { createEvent } from "@/server/organizer/events/create-event";
import { updateEvent } from "@/server/organizer/events/update-event";
import { formToInput, formValues } from "@/server/organizer/shared/form-input";
import { formState, type FormState } from "@/server/organizer/shared/form-state";

// Thin wrappers: who is calling comes from the session; the server functions authorize and validate.

export async function createEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => createEvent(await getCurrentUser(), formToInput(values)));
  if (result.ok) redirect(`/organizer/events/${result.data.id}`);
  return formState(result, values);
}

export async function updateEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => updateEvent(await getCurrentUser(), formToInput(values)));
  if (result.ok) revalidatePath(`/organizer/events/${result.data.id}`, "layout");
  return formState(result, values);
}

export async function changeEventStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => changeEventStatus(await getCurrentUser(), formToInput(values)));
  if (result.ok) revalidatePath(`/organizer/events/${result.data.id}`, "layout");
  return formState(result, values);
}
