"use server";

import { formAction, page } from "@/server/actions/define-action";
import { changeUserRole, setUserActive } from "@/server/admin/change-user";
import { addMembership, changeMembershipRole, removeMembership } from "@/server/admin/memberships";

const invalidate = () => page("/organizer/admin/users");

export const changeUserRoleAction = formAction({ run: changeUserRole, invalidate });
export const setUserActiveAction = formAction({ run: setUserActive, invalidate });
export const addMembershipAction = formAction({ run: addMembership, invalidate });
export const changeMembershipRoleAction = formAction({ run: changeMembershipRole, invalidate });
export const removeMembershipAction = formAction({ run: removeMembership, invalidate });
