"use server";

import { formAction, page } from "@/server/actions/define-action";
import { createOrganization } from "@/server/admin/create-organization";
import { setOrganizationActive, updateOrganization } from "@/server/admin/update-organization";

const invalidate = () => page("/organizer/admin/organizations");

// After creating, the form empties for the next one.
export const createOrganizationAction = formAction({ run: createOrganization, invalidate, keep: () => ({}) });
export const updateOrganizationAction = formAction({ run: updateOrganization, invalidate });
export const setOrganizationActiveAction = formAction({ run: setOrganizationActive, invalidate });
