"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/server/auth/current-user";
import { unlessDatabaseDown } from "@/server/db/unless-database-down";
import { createAgreement } from "@/server/agreements/create-agreement";
import { updateAgreement } from "@/server/agreements/update-agreement";
import { changeAgreementStatus } from "@/server/agreements/change-agreement-status";
import { importAgreementsCsv, type ImportReport } from "@/server/agreements/import-agreements-csv";
import { agreementFormInput } from "@/server/agreements/agreement-form-input";
import { formToInput, formValues } from "@/server/organizer/shared/form-input";
import { formState, type FormState } from "@/server/organizer/shared/form-state";
import { localizeResult, localizeRows, readerLocale } from "@/server/i18n/localize-result";
import type { ActionResult } from "@/server/shared/result";

const refresh = (eventId: string) => revalidatePath(`/organizer/events/${eventId}/agreements`, "layout");

export async function createAgreementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => createAgreement(await getCurrentUser(), agreementFormInput(values, await getLocale())));
  if (result.ok) {
    refresh(result.data.agreement.eventId);
    redirect(`/organizer/events/${result.data.agreement.eventId}/agreements?created=1`);
  }
  return formState(result, values);
}

export async function updateAgreementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => updateAgreement(await getCurrentUser(), agreementFormInput(values, await getLocale())));
  if (result.ok) {
    refresh(result.data.eventId);
    // Keep editing with the new version number.
    return formState(result, { ...values, version: String(result.data.version) });
  }
  return formState(result, values);
}

export async function changeAgreementStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await unlessDatabaseDown(async () => changeAgreementStatus(await getCurrentUser(), formToInput(values)));
  if (result.ok) revalidatePath("/organizer/events/[eventId]/agreements", "layout");
  return formState(result, values);
}

export type ImportState = { result: ActionResult<ImportReport>; at: number } | null;

export async function importAgreementsAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const file = formData.get("file");
  const eventId = String(formData.get("eventId") ?? "");
  const mode = formData.get("mode") === "confirm" ? "confirm" : "dry-run";
  const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  // The form's confirm imports the file its check kept on the server, named by its token
  // (a file posted with the confirm itself, as scripts do, is imported as sent).
  const token = formData.get("uploadToken");
  const uploadToken = mode === "confirm" && typeof token === "string" && token !== "" ? token : undefined;
  const result = await unlessDatabaseDown(async () => importAgreementsCsv(await getCurrentUser(), { eventId, file: bytes, uploadToken, mode }));
  if (result.ok && mode === "confirm") refresh(eventId);
  const locale = await readerLocale();
  const localized: ActionResult<ImportReport> = result.ok
    ? { ...result, data: { ...result.data, errors: localizeRows(result.data.errors, locale), duplicates: localizeRows(result.data.duplicates, locale) } }
    : localizeResult(result, locale);
  return { result: localized, at: Date.now() };
}
