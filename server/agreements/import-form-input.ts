import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { localizeRows } from "@/server/i18n/localize-result";
import type { FormValues } from "../organizer/shared/form-input.ts";
import type { ImportReport } from "./import-agreements-csv.ts";

/** The import form: the event, the CSV file's bytes (or the checked upload's token) and whether to check only or import. */
export async function importFormInput(values: FormValues, form: FormData) {
  const file = form.get("file");
  const mode = values.mode === "confirm" ? ("confirm" as const) : ("dry-run" as const);
  // The form's confirm imports the file its check kept on the server, named by its token
  // (a file posted with the confirm itself, as scripts do, is imported as sent).
  const token = values.uploadToken;
  return {
    eventId: String(values.eventId ?? ""),
    file: file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
    uploadToken: mode === "confirm" && typeof token === "string" && token !== "" ? token : undefined,
    mode,
  };
}

/** A report's rows carry messages too. */
export function localizeImportReport(report: ImportReport, locale: Locale): ImportReport<string> {
  return { ...report, errors: localizeRows(report.errors, locale), duplicates: localizeRows(report.duplicates, locale) };
}
