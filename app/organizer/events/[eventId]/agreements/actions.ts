"use server";

import { getLocale } from "next-intl/server";
import { formAction, layout } from "@/server/actions/define-action";
import { agreementFormInput } from "@/server/agreements/agreement-form-input";
import { changeAgreementStatus } from "@/server/agreements/change-agreement-status";
import { createAgreement } from "@/server/agreements/create-agreement";
import { importAgreementsCsv } from "@/server/agreements/import-agreements-csv";
import { importFormInput, localizeImportReport } from "@/server/agreements/import-form-input";
import { updateAgreement } from "@/server/agreements/update-agreement";
import type { FormValues } from "@/server/organizer/shared/form-input";

const agreements = (eventId: string) => layout(`/organizer/events/${eventId}/agreements`);
const input = async (values: FormValues) => agreementFormInput(values, await getLocale());

export const createAgreementAction = formAction({
  input,
  run: createAgreement,
  invalidate: ({ agreement }) => agreements(agreement.eventId),
  redirect: ({ agreement }) => `/organizer/events/${agreement.eventId}/agreements?created=1`,
});

// Keep editing with the new version number.
export const updateAgreementAction = formAction({
  input,
  run: updateAgreement,
  invalidate: (agreement) => agreements(agreement.eventId),
  keep: (agreement, values) => ({ ...values, version: String(agreement.version) }),
});

export const changeAgreementStatusAction = formAction({
  run: changeAgreementStatus,
  invalidate: () => layout("/organizer/events/[eventId]/agreements"),
});

export const importAgreementsAction = formAction({
  input: importFormInput,
  run: importAgreementsCsv,
  invalidate: (report, values) => (report.mode === "confirm" ? agreements(String(values.eventId ?? "")) : undefined),
  localizeData: localizeImportReport,
});
