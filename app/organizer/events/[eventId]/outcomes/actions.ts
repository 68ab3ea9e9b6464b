"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/server/auth/current-user";
import { unlessDatabaseDown } from "@/server/db/unless-database-down";
import { createOutcome } from "@/server/outcomes/create-outcome";
import { updateOutcome } from "@/server/outcomes/update-outcome";
import { formToInput, formValues } from "@/server/organizer/shared/form-input";
import { formState, type FormState } from "@/server/organizer/shared/form-state";

export async function createOutcomeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => createOutcome(await getCurrentUser(), formToInput(values)));
  if (result.ok) {
    revalidatePath(`/organizer/events/${result.data.outcome.eventId}/outcomes`);
    // An empty form with a new key, ready for the next outcome.
    return formState(result, { eventId: values.eventId, idempotencyKey: randomUUID(), kind: "PROGRAMME", visibility: "PUBLIC" });
  }
  return formState(result, values);
}

export async function updateOutcomeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => updateOutcome(await getCurrentUser(), formToInput(values)));
  if (result.ok) {
    revalidatePath(`/organizer/events/${result.data.eventId}/outcomes`);
    return formState(result, { ...values, version: String(result.data.version) });
  }
  return formState(result, values);
}
