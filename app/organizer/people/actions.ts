"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/server/auth/current-user";
import { unlessDatabaseDown } from "@/server/db/unless-database-down";
import { createPerson } from "@/server/organizer/people/create-person";
import { updatePerson } from "@/server/organizer/people/update-person";
import { formToInput, formValues } from "@/server/organizer/shared/form-input";
import { formState, type FormState } from "@/server/organizer/shared/form-state";

export async function createPersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => createPerson(await getCurrentUser(), formToInput(values)));
  if (result.ok) revalidatePath("/organizer", "layout");
  return formState(result, result.ok ? { organizationId: values.organizationId ?? "" } : values);
}

export async function updatePersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => updatePerson(await getCurrentUser(), formToInput(values)));
  if (result.ok) revalidatePath("/organizer", "layout");
  return formState(result, values);
}
