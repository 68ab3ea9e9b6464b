"use server";

import { formAction, layout, page } from "@/server/actions/define-action";
import type { FormValues } from "@/server/organizer/shared/form-input";
import { changeVideoStatus } from "@/server/video-messages/change-video-status";
import { deleteVideoMessage } from "@/server/video-messages/delete-video-message";
import { saveVideoMessage } from "@/server/video-messages/save-video-message";

const list = (values: FormValues) => `/organizer/events/${encodeURIComponent(String(values.eventId ?? ""))}/video-messages`;

// One form creates (then opens the new message) or, with a videoMessageId, updates in place.
export const saveVideoMessageAction = formAction({
  run: saveVideoMessage,
  invalidate: (_saved, values) => (values.videoMessageId ? layout(list(values)) : page(list(values))),
  redirect: (saved, values) => (values.videoMessageId ? undefined : `${list(values)}/${encodeURIComponent(saved.id)}`),
});

export const changeVideoStatusAction = formAction({ run: changeVideoStatus, invalidate: (_changed, values) => layout(list(values)) });

export const deleteVideoMessageAction = formAction({
  run: deleteVideoMessage,
  invalidate: (_deleted, values) => page(list(values)),
  redirect: (_deleted, values) => list(values),
});
