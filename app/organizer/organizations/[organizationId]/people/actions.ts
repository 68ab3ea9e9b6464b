"use server";

import { formAction, page } from "@/server/actions/define-action";
import { inviteMember } from "@/server/invitations/invite-member";

export const inviteMemberAction = formAction({
  run: inviteMember,
  invalidate: (_data, values) => page(`/organizer/organizations/${encodeURIComponent(String(values.organizationId ?? ""))}/people`),
  keep: (_data, values) => ({ organizationId: values.organizationId, locale: values.locale, role: values.role }),
});
