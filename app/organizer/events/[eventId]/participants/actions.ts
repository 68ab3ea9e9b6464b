"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/server/auth/current-user";
import { unlessDatabaseDown } from "@/server/db/unless-database-down";
import { formToInput, formValues } from "@/server/organizer/shared/form-input";
import { formState, type FormState } from "@/server/organizer/shared/form-state";
import { removeParticipant } from "@/server/video-messages/remove-participant";
import { setAttendanceMode } from "@/server/video-messages/set-attendance-mode";

// Public POST endpoints: the server functions check the caller and the event's organization;
// these only translate FormData and refresh the page.

const pagePath = (eventId: string) => `/organizer/events/${encodeURIComponent(eventId)}/participants`;

export async function setAttendanceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => setAttendanceMode(await getCurrentUser(), formToInput(values)));
  if (result.ok) revalidatePath(pagePath(result.data.eventId));
  return formState(result, values);
}

export async function removeParticipantAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => removeParticipant(await getCurrentUser(), formToInput(values)));
  if (result.ok) revalidatePath(pagePath(result.data.eventId));
  return formState(result, values);
}
