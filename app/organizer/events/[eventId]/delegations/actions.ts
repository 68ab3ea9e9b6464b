"use server";

import { formAction, layout } from "@/server/actions/define-action";
import { addDelegationMember } from "@/server/delegations/add-delegation-member";
import { createDelegation } from "@/server/delegations/create-delegation";
import { importDelegatesCsv } from "@/server/delegations/import-delegates-csv";
import { importDelegatesFormInput, localizeDelegatesReport } from "@/server/delegations/import-delegates-form-input";
import { inviteDelegation } from "@/server/delegations/invite-delegation";

// Delegations and registrants read the same rows: a change here refreshes both pages.
const eventPeople = (_data: unknown, values: Record<string, unknown>) =>
  layout(`/organizer/events/${encodeURIComponent(String(values.eventId ?? ""))}`);

export const createDelegationAction = formAction({
  run: createDelegation,
  invalidate: eventPeople,
  keep: (_d, v) => ({ eventId: v.eventId }),
});

export const addDelegationMemberAction = formAction({
  run: addDelegationMember,
  invalidate: eventPeople,
  keep: (_d, v) => ({ eventId: v.eventId, delegationId: v.delegationId }),
});

export const inviteDelegationAction = formAction({ run: inviteDelegation, invalidate: eventPeople });

export const importDelegatesAction = formAction({
  input: importDelegatesFormInput,
  run: importDelegatesCsv,
  invalidate: (report, values) => (report.mode === "confirm" ? eventPeople(report, values) : undefined),
  localizeData: localizeDelegatesReport,
});
