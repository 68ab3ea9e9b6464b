"use server";

import { formAction } from "@/server/actions/define-action";
import { acceptInvitation, declineInvitation } from "@/server/invitations/answer-invitation";

// Public by design: the single-use token in the form is the authorization, whoever is signed in.

export const acceptInvitationAction = formAction({ run: (_actor, input) => acceptInvitation(input) });

export const declineInvitationAction = formAction({ run: (_actor, input) => declineInvitation(input) });
