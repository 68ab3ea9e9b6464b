"use server";

import { formAction, layout } from "@/server/actions/define-action";
import { saveFunds } from "@/server/ledger/save-funds";
import { saveMilestone } from "@/server/ledger/save-milestone";
import { setFollowUpOwner } from "@/server/ledger/set-follow-up-owner";

// The follow-up of one agreement (issue 19): milestones, funds per currency, the owner.
const followUp = () => [layout("/organizer/events/[eventId]/agreements"), layout("/organizer/ledger")];

export const saveMilestoneAction = formAction({ run: saveMilestone, invalidate: followUp });
export const saveFundsAction = formAction({ run: saveFunds, invalidate: followUp });
export const setFollowUpOwnerAction = formAction({ run: setFollowUpOwner, invalidate: followUp });
