"use server";

import { formAction, layout } from "@/server/actions/define-action";
import { addMilestoneType } from "@/server/ledger/add-milestone-type";
import { deleteLedgerView } from "@/server/ledger/views/delete-ledger-view";
import { saveLedgerView } from "@/server/ledger/views/save-ledger-view";

// The organization's own milestone kinds (issue 19), shown on every agreement's follow-up.
export const addMilestoneTypeAction = formAction({
  run: addMilestoneType,
  invalidate: () => [layout("/organizer/ledger"), layout("/organizer/events/[eventId]/agreements")],
  keep: (data) => ({ organizationId: data.organizationId }),
});

// The caller's saved views of the ledger (issue 19): name the current filters, rename, delete.
export const saveLedgerViewAction = formAction({ run: saveLedgerView, invalidate: () => layout("/organizer/ledger") });
export const deleteLedgerViewAction = formAction({ run: deleteLedgerView, invalidate: () => layout("/organizer/ledger") });
