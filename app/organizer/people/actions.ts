"use server";

import { formAction, layout } from "@/server/actions/define-action";
import { createPerson } from "@/server/organizer/people/create-person";
import { updatePerson } from "@/server/organizer/people/update-person";

const invalidate = () => layout("/organizer");

// After adding a person the form empties, still for the same organization.
export const createPersonAction = formAction({
  run: createPerson,
  invalidate,
  keep: (_p, values) => ({ organizationId: values.organizationId ?? "" }),
});

export const updatePersonAction = formAction({ run: updatePerson, invalidate });
