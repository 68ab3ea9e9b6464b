import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { localizeRows } from "@/server/i18n/localize-result";
import type { FormValues } from "../organizer/shared/form-input.ts";
import type { DelegatesImportReport } from "./import-delegates-csv.ts";

/** The delegates import form: event, delegation, the file (check) or the checked upload's token (confirm). */
export async function importDelegatesFormInput(values: FormValues, form: FormData) {
  const file = form.get("file");
  return {
    eventId: String(values.eventId ?? ""),
    delegationId: String(values.delegationId ?? ""),
    file: file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
    uploadToken: typeof values.uploadToken === "string" ? values.uploadToken : undefined,
    mode: values.mode === "confirm" ? "confirm" : "dry-run",
  };
}

export function localizeDelegatesReport(report: DelegatesImportReport, locale: Locale): DelegatesImportReport<string> {
  return { ...report, errors: localizeRows(report.errors, locale) };
}
