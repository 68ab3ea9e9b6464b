"use server";

import { formAction, layout } from "@/server/actions/define-action";
import { recordInvitationAnswer, resendInvitation, revokeInvitation } from "@/server/invitations/manage-invitation";

// Handling one invitation, from an organization's people page or an event's registrants page.
const organizer = () => layout("/organizer");

export const revokeInvitationAction = formAction({ run: revokeInvitation, invalidate: organizer });

export const resendInvitationAction = formAction({ run: resendInvitation, invalidate: organizer });

export const recordInvitationAnswerAction = formAction({ run: recordInvitationAnswer, invalidate: organizer });
