"use server";

import { formAction, layout } from "@/server/actions/define-action";
import { saveFunds } from "@/server/ledger/save-funds";
import { saveMilestone } from "@/server/ledger/save-milestone";
import { setFollowUpOwner } from "@/server/ledger/set-follow-up-owner";
import { decidePartyUpdate } from "@/server/ledger/decide-party-update";
import { createUpdateLink, revokeUpdateLink } from "@/server/ledger/update-links";

// The follow-up of one agreement (issue 19): milestones, funds per currency, the owner.
const followUp = () => [layout("/organizer/events/[eventId]/agreements"), layout("/organizer/ledger")];

export const saveMilestoneAction = formAction({ run: saveMilestone, invalidate: followUp });
export const saveFundsAction = formAction({ run: saveFunds, invalidate: followUp });
export const setFollowUpOwnerAction = formAction({ run: setFollowUpOwner, invalidate: followUp });

// Links for party contacts and the updates they report (server/ledger/update-links.ts).
export const createUpdateLinkAction = formAction({ run: createUpdateLink, invalidate: followUp, keep: () => ({}) });
export const revokeUpdateLinkAction = formAction({ run: revokeUpdateLink, invalidate: followUp });
export const decidePartyUpdateAction = formAction({ run: decidePartyUpdate, invalidate: followUp });
