"use server";

import { formAction, page } from "@/server/actions/define-action";
import { setRegistrantVip } from "@/server/checkin/set-registrant-vip";
import { inviteDelegate } from "@/server/invitations/invite-delegate";
import { sendAnnouncement } from "@/server/registrants/send-announcement";

const registrants = (_data: unknown, values: Record<string, unknown>) =>
  page(`/organizer/events/${encodeURIComponent(String(values.eventId ?? ""))}/registrants`);

export const inviteDelegateAction = formAction({
  run: inviteDelegate,
  invalidate: registrants,
  keep: (_data, values) => ({ eventId: values.eventId, locale: values.locale, venueId: values.venueId }),
});

export const sendAnnouncementAction = formAction({ run: sendAnnouncement, keep: (_data, values) => ({ eventId: values.eventId }) });

export const setRegistrantVipAction = formAction({ run: setRegistrantVip, invalidate: registrants });
