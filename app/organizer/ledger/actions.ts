"use server";

import { formAction, layout } from "@/server/actions/define-action";
import { addMilestoneType } from "@/server/ledger/add-milestone-type";

// The organization's own milestone kinds (issue 19), shown on every agreement's follow-up.
export const addMilestoneTypeAction = formAction({
  run: addMilestoneType,
  invalidate: () => [layout("/organizer/ledger"), layout("/organizer/events/[eventId]/agreements")],
  keep: (data) => ({ organizationId: data.organizationId }),
});
