"use server";

import { formAction } from "@/server/actions/define-action";
import { submitPartyUpdate } from "@/server/ledger/submit-party-update";

// A party contact's milestone report through their link: the token is the authorization.
export const submitPartyUpdateAction = formAction({ run: submitPartyUpdate });
