"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/server/auth/current-user";
import { unlessDatabaseDown } from "@/server/db/unless-database-down";
import { formToInput, formValues } from "@/server/organizer/shared/form-input";
import { formState, type FormState } from "@/server/organizer/shared/form-state";
import { createVenue } from "@/server/organizer/venues/create-venue";
import { deleteVenue } from "@/server/organizer/venues/delete-venue";
import { updateVenue } from "@/server/organizer/venues/update-venue";

const refresh = () => revalidatePath("/organizer/events/[eventId]", "layout");

export async function createVenueAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => createVenue(await getCurrentUser(), formToInput(values)));
  if (result.ok) refresh();
  // A fresh, empty form after adding a venue.
  return formState(result, result.ok ? {} : values);
}

export async function updateVenueAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => updateVenue(await getCurrentUser(), formToInput(values)));
  if (result.ok) refresh();
  return formState(result, values);
}

export async function deleteVenueAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => deleteVenue(await getCurrentUser(), formToInput(values)));
  if (result.ok) refresh();
  return formState(result, values);
}
