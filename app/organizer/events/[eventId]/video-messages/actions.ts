"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { unlessDatabaseDown } from "@/server/db/unless-database-down";
import { formToInput, formValues } from "@/server/organizer/shared/form-input";
import { formState, type FormState } from "@/server/organizer/shared/form-state";
import { changeVideoStatus } from "@/server/video-messages/change-video-status";
import { createVideoMessage } from "@/server/video-messages/create-video-message";
import { deleteVideoMessage } from "@/server/video-messages/delete-video-message";
import { updateVideoMessage } from "@/server/video-messages/update-video-message";

// Every action is a public POST endpoint: the server functions check who calls and what
// they may touch; these only translate FormData and decide where to go next.

const listPath = (eventId: string) => `/organizer/events/${encodeURIComponent(eventId)}/video-messages`;

export async function saveVideoMessageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const input = formToInput(values);
  const eventId = String(input.eventId ?? "");
  if (input.videoMessageId) {
    const result = await unlessDatabaseDown(async () => updateVideoMessage(await getCurrentUser(), input));
    if (result.ok) revalidatePath(listPath(eventId), "layout");
    return formState(result, values);
  }
  const result = await unlessDatabaseDown(async () => createVideoMessage(await getCurrentUser(), input));
  if (!result.ok) return formState(result, values);
  revalidatePath(listPath(eventId));
  redirect(`${listPath(eventId)}/${encodeURIComponent(result.data.id)}`);
}

export async function changeVideoStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => changeVideoStatus(await getCurrentUser(), formToInput(values)));
  if (result.ok) revalidatePath(listPath(String(values.eventId ?? "")), "layout");
  return formState(result, values);
}

export async function deleteVideoMessageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => deleteVideoMessage(await getCurrentUser(), formToInput(values)));
  if (!result.ok) return formState(result, values);
  const eventId = String(values.eventId ?? "");
  revalidatePath(listPath(eventId));
  redirect(listPath(eventId));
}
